package org.jumelage.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.AccountType;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.RegistrationCommand;
import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmProfile;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.impact.EvaluationProgrammes;
import org.jumelage.impact.ProgrammeView;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.domain.SkillFamily;
import org.jumelage.shared.skills.SkillAdministration;
import org.jumelage.support.Hostile;
import org.jumelage.support.Refusals;
import org.jumelage.training.Audience;
import org.jumelage.training.Bilingual;
import org.jumelage.training.CourseAuthoring;
import org.jumelage.training.CourseContent;
import org.jumelage.training.CourseLevel;
import org.jumelage.volunteers.AvailabilityWindow;
import org.jumelage.volunteers.VolunteerProfileCommand;
import org.jumelage.volunteers.VolunteerService;
import org.jumelage.volunteers.VolunteersTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Names made only of characters that show nothing (zero-width spaces and joiners, word joiner, byte
 * order mark, bidi marks, no-break and ideographic spaces...) are refused as missing, with each form's
 * own "required" message, wherever a name or title is required; nothing is stored.
 */
class InvisibleNamesTest extends FirmsTestSupport {

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoring authoring;
    @Autowired
    EvaluationProgrammes programmes;
    @Autowired
    SkillAdministration skills;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    MongoTemplate mongo;

    private final List<String> programmesMade = new java.util.ArrayList<>();

    @AfterEach
    void removeTheProgrammes() {
        mongo.remove(Query.query(Criteria.where("_id").in(programmesMade.stream()
                .map(org.bson.types.ObjectId::new).toList())), "evaluation_programmes");
        programmesMade.clear();
    }

    /** One to twelve invisible characters, never empty (the empty text is refused anyway). */
    private static Arbitrary<String> invisibleNames() {
        return Arbitraries.strings().withChars(RequiredTextProperties.INVISIBLE.toCharArray()).ofMinLength(1)
                .ofMaxLength(12);
    }

    private static void refusedWith(String key, Supplier<?> action) {
        var outcome = Refusals.attempt(action);
        assertThat(outcome.accepted()).as("accepted an invisible name").isFalse();
        assertThat(outcome.refusedWith()).contains(key);
    }

    @Test
    void organisation_firm_and_person_names_of_invisible_characters_are_refused_as_missing() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Nom visible");
        Person firmAdministrator = person(Role.FIRM_MEMBER, Locale.FRENCH, "Firme visible");
        FirmDetails firm = firmOf(firmAdministrator, "Firme visible");
        Hostile.forAll("invisible names", 40, invisibleNames(), name -> {
            signIn(member);
            OrganisationProfile p = profile(name, uniqueNeq());
            refusedWith("organisation.legalName.required", () -> service.register(p));
            assertThat(directory.ofMember(member.id())).isEmpty();

            var me = accounts.me();
            refusedWith("validation.displayName.required", () -> accounts.changeDisplayName(name, me.version()));
            assertThat(accounts.me()).isEqualTo(me);

            String email = "invisible-" + UUID.randomUUID() + "@exemple.org";
            refusedWith("validation.displayName.required", () -> {
                accounts.register(new RegistrationCommand(email, name, "Une phrase de passe solide", Locale.FRENCH,
                        AccountType.VOLUNTEER, ConsentPurpose.requiredOnes()));
                return true;
            });
            assertThat(accounts.findByEmail(email)).isEmpty();

            signIn(firmAdministrator);
            FirmDetails before = firms.get(firm.id());
            FirmProfile f = before.profile();
            FirmProfile renamed = new FirmProfile(name, f.neq(), f.size(), f.regions(), f.languages(), f.description(),
                    f.teamSkills(), f.contactEmail(), f.contactPhone(), f.availability(), f.blackouts(), f.conflicts());
            refusedWith("firm.name.required", () -> firms.update(firm.id(), renamed, before.version()));
            assertThat(firms.get(firm.id())).isEqualTo(before);
        });
    }

    @Test
    void project_course_programme_skill_and_window_names_of_invisible_characters_are_refused_as_missing() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Titres visibles");
        ProjectView project = projectOf(member);
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination visible");
        Person volunteer = person(Role.VOLUNTEER, Locale.FRENCH, "Bénévole visible");
        Hostile.forAll("invisible titles", 40, invisibleNames(), name -> {
            signIn(member);
            ProjectView before = projects.get(project.id());
            refusedWith("project.validation.title.required",
                    () -> projects.saveDraft(project.id(), ProjectDraft.titled(name), before.version()));
            assertThat(projects.get(project.id())).isEqualTo(before);

            signIn(coordinator);
            String code = "c-" + UUID.randomUUID().toString().substring(0, 8);
            refusedWith("training.course.title.required", () -> authoring.create(new CourseContent(code,
                    new Bilingual(name, name), new Bilingual("Résumé", "Summary"), Audience.OSBL_STAFF, 30,
                    CourseLevel.INTRODUCTORY, List.of("fr", "en"), List.of(), 3, List.of())));
            assertThat(authoring.courses()).noneMatch(c -> c.code().equals(code));

            refusedWith("programme.name.required", () -> programmes.create(name, Set.of(), Set.of()));
            ProgrammeView programme = programmes.create("Programme visible " + UUID.randomUUID(), Set.of(), Set.of());
            programmesMade.add(programme.id());
            refusedWith("programme.name.required",
                    () -> programmes.update(programme.id(), name, Set.of(), Set.of(), programme.version()));
            refusedWith("programme.question.textRequired", () -> programmes.addQuestion(programme.id(), name,
                    "A question?", org.jumelage.impact.QuestionType.TEXT, programme.version()));

            String skill = "custom.v" + UUID.randomUUID().toString().substring(0, 6);
            refusedWith("skills.error.labelRequired",
                    () -> skills.addCustomSkill(skill, SkillFamily.values()[0], name, "Label"));

            signIn(volunteer);
            VolunteerProfileCommand valid = VolunteersTestSupport.profile("Informatique");
            VolunteerProfileCommand command = VolunteersTestSupport.profile("Informatique", valid.skills(),
                    valid.region(), List.of(new AvailabilityWindow(name, VolunteersTestSupport.winter().from(),
                            VolunteersTestSupport.winter().to(), 10)), true);
            refusedWith("volunteer.window.label.required", () -> volunteers.save(command, null));
            assertThat(volunteers.mine()).isEmpty();
        });
    }
}
