package org.jumelage.accounts.ui;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.VerificationOutcome;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The link of a verification e-mail: verifies the address, then shows the login page with the outcome. */
@Controller
class VerificationController {

    private final AccountService accounts;

    VerificationController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/verify")
    String verify(@RequestParam(name = "token", required = false) String token) {
        VerificationOutcome outcome = accounts.verifyEmail(token);
        return switch (outcome) {
            case VERIFIED -> "redirect:/login?verified";
            case EXPIRED -> "redirect:/login?verification-expired";
            case INVALID -> "redirect:/login?verification-invalid";
        };
    }
}
