package org.jumelage.volunteers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.jumelage.volunteers.internal.VolunteerProfileRepository;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** People, sign-in and valid profiles for the volunteers tests. */
public abstract class VolunteersTestSupport extends IntegrationTestBase {

    /** A test person: their address (to sign in) and their user id. */
    public record Person(String email, String id) {
    }

    @Autowired
    protected VolunteerService service;
    @Autowired
    protected VolunteerSearch search;
    @Autowired
    protected VolunteerDirectory directory;
    @Autowired
    protected VolunteerProfileRepository repository;
    @Autowired
    protected TestAccounts testAccounts;
    @Autowired
    protected UserDetailsService userDetails;

    @AfterEach
    void signOutAfterEachTest() {
        SecurityContextHolder.clearContext();
    }

    protected Person person(Role role, Locale language, String name) {
        String email = testAccounts.create(role, language, name);
        return new Person(email, testAccounts.idOf(email));
    }

    protected void signIn(Person person) {
        var principal = userDetails.loadUserByUsername(person.email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    protected static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The winter term of 2027, 10 hours a week. */
    public static AvailabilityWindow winter() {
        return new AvailabilityWindow("Session d’hiver", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 30), 10);
    }

    /** A complete, valid profile. */
    public static VolunteerProfileCommand profile(String programme) {
        return new VolunteerProfileCommand("Université Laval", programme, StudyLevel.BACHELOR,
                List.of(new RequiredSkill("data.power-bi", SkillLevel.ADVANCED),
                        new RequiredSkill("web.wordpress", SkillLevel.WORKING)),
                List.of("ai.llm-prompting"), Set.of(WorkingLanguage.FRENCH), Region.CAPITALE_NATIONALE, true,
                List.of(winter()), 2, 90, true);
    }

    /** A valid profile with its skills, region, windows and consent replaced. */
    public static VolunteerProfileCommand profile(String programme, List<RequiredSkill> skills, Region region,
            List<AvailabilityWindow> windows, boolean consent) {
        VolunteerProfileCommand p = profile(programme);
        return new VolunteerProfileCommand(p.institution(), p.programme(), p.level(), skills, p.learningGoals(),
                p.languages(), region, p.remoteOk(), windows, p.maxConcurrentSeats(), p.creditHoursNeeded(), consent);
    }

    /** A signed-in volunteer who saved {@code command}; still signed in when this returns. */
    protected VolunteerProfileDetails volunteerWith(String name, VolunteerProfileCommand command) {
        Person volunteer = person(Role.VOLUNTEER, org.jumelage.shared.i18n.Languages.FRENCH, name);
        signIn(volunteer);
        return service.save(command, null);
    }
}
