package org.jumelage.volunteers;

import java.util.List;
import java.util.Optional;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.UserSummary;
import org.jumelage.volunteers.internal.VolunteerProfile;
import org.jumelage.volunteers.internal.VolunteerProfileRepository;
import org.springframework.stereotype.Service;

/**
 * Volunteers for the matching feature: only those who consented to share their profile with
 * matched OSBLs, and never their contact details. No caller check: matching runs in the background,
 * and nothing here is more than the volunteers agreed to share.
 */
@Service
public class VolunteerDirectory {

    private final VolunteerProfileRepository profiles;
    private final AccountService accounts;

    public VolunteerDirectory(VolunteerProfileRepository profiles, AccountService accounts) {
        this.profiles = profiles;
        this.accounts = accounts;
    }

    /** Every consenting volunteer whose account still exists. */
    public List<VolunteerSummary> consenting() {
        return profiles.findByConsentToShareTrue().stream().map(this::summary).flatMap(Optional::stream).toList();
    }

    /** One volunteer, empty unless they consented. */
    public Optional<VolunteerSummary> find(String userId) {
        return profiles.findByUserId(userId).filter(VolunteerProfile::isConsentToShare).flatMap(this::summary);
    }

    private Optional<VolunteerSummary> summary(VolunteerProfile profile) {
        return accounts.find(profile.getUserId()).map(UserSummary::displayName).map(profile::toSummary);
    }
}
