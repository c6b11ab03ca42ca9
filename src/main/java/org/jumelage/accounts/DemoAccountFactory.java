package org.jumelage.accounts;

import java.util.Locale;

/**
 * Lets other features' demo data create the people it needs. Accounts it creates are verified and
 * have a random password nobody knows (a demo person is shown, not signed in as; the password can be
 * reset by mail). Only {@code @jumelage.demo} addresses are accepted, so it cannot create real
 * accounts.
 */
public interface DemoAccountFactory {

    String DEMO_DOMAIN = "@jumelage.demo";

    /**
     * The id of the account with this address, created first if there is none (an existing account
     * is left as it is).
     *
     * @throws IllegalArgumentException for an address outside {@value #DEMO_DOMAIN}
     */
    String ensure(String email, String displayName, Role role, Locale language);
}
