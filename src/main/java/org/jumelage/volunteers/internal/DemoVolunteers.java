package org.jumelage.volunteers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validator;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.DemoAccountFactory;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.shared.demo.DemoDataContributor;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.volunteers.AvailabilityWindow;
import org.jumelage.volunteers.StudyLevel;
import org.jumelage.volunteers.VolunteerProfileCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * About forty fictional students and academics across Québec (names written for the demo, addresses
 * at {@code @jumelage.demo}), plus a profile for the demo volunteer account. Skills, goals, regions
 * and windows vary from one person to the next; most consented to share their profile. A person who
 * already has a profile is skipped, so running twice changes nothing.
 */
@Component
class DemoVolunteers implements DemoDataContributor {

    static final String DEMO_VOLUNTEER_EMAIL = "benevole@jumelage.demo";

    /** One demo person: who they are, where they study, and which skills they bring. */
    record DemoVolunteer(String name, String email, boolean english, String institution, String programme,
            StudyLevel level, Region region, List<String> skills) {
    }

    static final List<DemoVolunteer> VOLUNTEERS = List.of(
            fr("Émilie Gagnon", "Université Laval", "Baccalauréat en informatique", StudyLevel.BACHELOR,
                    Region.CAPITALE_NATIONALE, "web.wordpress", "data.spreadsheets", "ux.plain-language"),
            fr("Olivier Bélanger", "Université du Québec à Chicoutimi (UQAC)", "Maîtrise en informatique",
                    StudyLevel.MASTER, Region.SAGUENAY_LAC_SAINT_JEAN, "ai.machine-learning", "software.python",
                    "data.sql"),
            fr("Léa Bouchard", "Cégep de Chicoutimi", "Techniques de l’informatique", StudyLevel.CEGEP,
                    Region.SAGUENAY_LAC_SAINT_JEAN, "web.html-css", "infra.devices"),
            en("Liam O’Connor", "Université McGill", "B.Sc. Computer Science", StudyLevel.BACHELOR, Region.MONTREAL,
                    "web.javascript", "software.api-integration", "data.sql"),
            fr("Chloé Tremblay", "Université du Québec à Montréal (UQAM)", "Baccalauréat en communication",
                    StudyLevel.BACHELOR, Region.MONTREAL, "web.seo", "web.analytics", "ux.plain-language"),
            fr("Mathis Côté", "École de technologie supérieure (ÉTS)", "Génie logiciel", StudyLevel.BACHELOR,
                    Region.MONTREAL, "software.python", "software.api-integration", "infra.cloud-migration"),
            fr("Florence Roy", "Université de Montréal", "Doctorat en sciences de l’information",
                    StudyLevel.DOCTORATE, Region.MONTREAL, "data.governance", "privacy.law25", "data.impact-measurement"),
            en("Priya Raman", "Université Concordia", "M.Sc. Data Science", StudyLevel.MASTER, Region.MONTREAL,
                    "ai.text-classification", "data.power-bi", "data.cleaning"),
            fr("Thomas Gauthier", "Université de Sherbrooke", "Baccalauréat en génie informatique",
                    StudyLevel.BACHELOR, Region.ESTRIE, "infra.network", "security.access-management"),
            fr("Rosalie Morin", "Cégep de Sherbrooke", "Techniques de bureautique", StudyLevel.CEGEP, Region.ESTRIE,
                    "infra.microsoft-365", "training.staff-tools"),
            fr("Samuel Lavoie", "Université du Québec à Rimouski (UQAR)", "Maîtrise en gestion de projet",
                    StudyLevel.MASTER, Region.BAS_SAINT_LAURENT, "pm.planning", "pm.needs-analysis", "pm.budget"),
            fr("Alice Fortin", "Cégep de Rimouski", "Techniques de l’informatique", StudyLevel.CEGEP,
                    Region.BAS_SAINT_LAURENT, "web.site-builders", "infra.backup"),
            fr("William Pelletier", "Université du Québec à Trois-Rivières (UQTR)", "Baccalauréat en mathématiques",
                    StudyLevel.BACHELOR, Region.MAURICIE, "data.surveys", "data.spreadsheets"),
            fr("Jade Caron", "Cégep de Trois-Rivières", "Techniques de l’informatique", StudyLevel.CEGEP,
                    Region.MAURICIE, "software.online-forms", "software.nocode-automation"),
            fr("Nathan Girard", "Université du Québec en Outaouais (UQO)", "Baccalauréat en cybersécurité",
                    StudyLevel.BACHELOR, Region.OUTAOUAIS, "security.awareness", "security.risk-assessment"),
            en("Hannah Walsh", "Collège Dawson", "Computer Science Technology", StudyLevel.CEGEP, Region.MONTREAL,
                    "web.html-css", "accessibility.wcag"),
            fr("Zoé Lefebvre", "Polytechnique Montréal", "Maîtrise en génie industriel", StudyLevel.MASTER,
                    Region.MONTREAL, "data.power-bi", "pm.agile", "data.impact-measurement"),
            fr("Félix Dubé", "HEC Montréal", "M. Sc. en intelligence d’affaires", StudyLevel.MASTER,
                    Region.MONTREAL, "data.looker-studio", "data.grant-reporting", "pm.digital-strategy"),
            fr("Maëlle Poirier", "Université du Québec en Abitibi-Témiscamingue (UQAT)",
                    "Baccalauréat en création numérique", StudyLevel.BACHELOR, Region.ABITIBI_TEMISCAMINGUE,
                    "ux.interface-design", "web.site-builders"),
            fr("Antoine Leblanc", "Institut national de la recherche scientifique (INRS)",
                    "Doctorat en télécommunications", StudyLevel.DOCTORATE, Region.MONTREAL, "ai.speech-translation",
                    "ai.machine-learning"),
            en("Ethan MacDonald", "Université Bishop’s", "B.A. Psychology", StudyLevel.BACHELOR, Region.ESTRIE,
                    "ux.user-research", "ux.usability-testing"),
            fr("Charlotte Simard", "Cégep de Sainte-Foy", "Techniques d’intégration multimédia", StudyLevel.CEGEP,
                    Region.CAPITALE_NATIONALE, "web.wordpress", "web.bilingual-sites"),
            fr("Gabriel Boucher", "Cégep Limoilou", "Techniques de l’informatique", StudyLevel.CEGEP,
                    Region.CAPITALE_NATIONALE, "infra.google-workspace", "infra.file-sharing"),
            fr("Camille Ouellet", "Université Laval", "Maîtrise en relations industrielles", StudyLevel.MASTER,
                    Region.CHAUDIERE_APPALACHES, "change.management", "training.guides", "pm.facilitation"),
            fr("Louis Bergeron", "Université Laval", "Baccalauréat en génie logiciel", StudyLevel.BACHELOR,
                    Region.CHAUDIERE_APPALACHES, "software.low-code-apps", "software.collaborative-databases"),
            fr("Juliette Paquette", "Université de Sherbrooke", "Maîtrise en droit et politiques de la santé",
                    StudyLevel.MASTER, Region.CENTRE_DU_QUEBEC, "privacy.impact-assessment", "privacy.policy-consent"),
            fr("Raphaël Giroux", "Cégep de Jonquière", "Techniques de communication dans les médias",
                    StudyLevel.CEGEP, Region.SAGUENAY_LAC_SAINT_JEAN, "web.seo", "ai.llm-prompting"),
            fr("Béatrice Lévesque", "TÉLUQ", "Certificat en administration", StudyLevel.OTHER,
                    Region.GASPESIE_ILES_DE_LA_MADELEINE, "software.donor-crm", "web.online-donations"),
            fr("Xavier Lapointe", "Université du Québec à Montréal (UQAM)", "Maîtrise en informatique",
                    StudyLevel.MASTER, Region.LAVAL, "ai.rag", "ai.chatbots", "software.python"),
            en("Sophie Chen", "Université McGill", "Ph.D. Information Studies", StudyLevel.DOCTORATE, Region.MONTREAL,
                    "data.governance", "ai.responsible-use"),
            fr("Hugo Vachon", "Collège Ahuntsic", "Techniques de l’informatique", StudyLevel.CEGEP, Region.LAVAL,
                    "infra.tech-donations", "infra.devices"),
            fr("Éloïse Desjardins", "Collège de Maisonneuve", "Techniques de bureautique", StudyLevel.CEGEP,
                    Region.MONTREAL, "training.digital-literacy", "training.seniors"),
            fr("Justin Beaulieu", "Université de Montréal", "Baccalauréat en bio-informatique", StudyLevel.BACHELOR,
                    Region.LANAUDIERE, "data.cleaning", "data.migration"),
            fr("Océane Thibault", "Université du Québec en Outaouais (UQO)", "Maîtrise en sciences sociales",
                    StudyLevel.MASTER, Region.OUTAOUAIS, "data.surveys", "data.impact-measurement"),
            fr("Alexis Mercier", "Cégep de l’Outaouais", "Techniques de l’informatique", StudyLevel.CEGEP,
                    Region.OUTAOUAIS, "web.event-registration", "software.volunteer-management"),
            fr("Laurence Dion", "École nationale d’administration publique (ENAP)",
                    "Maîtrise en administration publique", StudyLevel.MASTER, Region.CAPITALE_NATIONALE,
                    "pm.funding-applications", "pm.vendor-selection"),
            fr("Maxime Savard", "Université du Québec à Chicoutimi (UQAC)", "Baccalauréat en informatique",
                    StudyLevel.BACHELOR, Region.COTE_NORD, "security.incident-response", "infra.backup"),
            fr("Noémie Fournier", "Université de Montréal", "Maîtrise en design d’interaction", StudyLevel.MASTER,
                    Region.LAURENTIDES, "ux.service-design", "accessibility.audit", "ux.interface-design"),
            fr("Vincent Martel", "Université du Québec à Trois-Rivières (UQTR)", "Formation continue en gestion",
                    StudyLevel.OTHER, Region.MONTEREGIE, "software.salesforce-nonprofit", "software.civicrm"),
            fr("Mégane Rioux", "Université Laval", "Baccalauréat en sciences de l’éducation", StudyLevel.BACHELOR,
                    Region.NORD_DU_QUEBEC, "training.elearning", "training.ai-literacy"));

    private static final List<String> GOALS = List.of("ai.llm-prompting", "accessibility.wcag", "data.power-bi",
            "privacy.law25", "pm.agile", "ux.usability-testing", "software.python", "web.analytics");

    private static final Logger log = LoggerFactory.getLogger(DemoVolunteers.class);

    private final VolunteerProfileRepository profiles;
    private final DemoAccountFactory demoAccounts;
    private final AccountService accounts;
    private final Validator validator;
    private final Clock clock;

    DemoVolunteers(VolunteerProfileRepository profiles, DemoAccountFactory demoAccounts, AccountService accounts,
            Validator validator, Clock clock) {
        this.profiles = profiles;
        this.demoAccounts = demoAccounts;
        this.accounts = accounts;
        this.validator = validator;
        this.clock = clock;
    }

    private static DemoVolunteer fr(String name, String institution, String programme, StudyLevel level,
            Region region, String... skills) {
        return new DemoVolunteer(name, email(name), false, institution, programme, level, region, List.of(skills));
    }

    private static DemoVolunteer en(String name, String institution, String programme, StudyLevel level,
            Region region, String... skills) {
        return new DemoVolunteer(name, email(name), true, institution, programme, level, region, List.of(skills));
    }

    /** "Émilie Gagnon" becomes "emilie.gagnon@jumelage.demo". */
    static String email(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", "");
        return plain.strip().replace(' ', '.') + DemoAccountFactory.DEMO_DOMAIN;
    }

    @Override
    public int demoOrder() {
        return 40;
    }

    @Override
    public void createDemoData() {
        accounts.findByEmail(DEMO_VOLUNTEER_EMAIL).map(UserSummary::id).ifPresent(id -> store(id,
                "Sam Roy", command(new DemoVolunteer("Sam Roy", DEMO_VOLUNTEER_EMAIL, true, "Université Concordia",
                        "B.Sc. Computer Science", StudyLevel.BACHELOR, Region.MONTREAL,
                        List.of("web.javascript", "data.spreadsheets")), 3)));
        for (int i = 0; i < VOLUNTEERS.size(); i++) {
            DemoVolunteer demo = VOLUNTEERS.get(i);
            String id = demoAccounts.ensure(demo.email(), demo.name(), Role.VOLUNTEER,
                    demo.english() ? Languages.ENGLISH : Languages.FRENCH);
            store(id, demo.name(), command(demo, i));
        }
    }

    private void store(String userId, String name, VolunteerProfileCommand command) {
        if (profiles.existsByUserId(userId)) {
            return;
        }
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid demo volunteer " + name + ": " + violations);
        }
        VolunteerProfile profile = new VolunteerProfile(userId);
        profile.apply(command, name, clock.instant());
        profiles.save(profile);
        log.info("Demo volunteer {}", name);
    }

    /** Varies levels, goals, languages, remote work, windows, seats and consent with the person's rank. */
    VolunteerProfileCommand command(DemoVolunteer demo, int rank) {
        SkillLevel[] levels = SkillLevel.values();
        List<RequiredSkill> skills = new ArrayList<>();
        for (int s = 0; s < demo.skills().size(); s++) {
            SkillLevel level = demo.level() == StudyLevel.DOCTORATE ? SkillLevel.EXPERT
                    : levels[(rank + s) % 3];
            skills.add(new RequiredSkill(demo.skills().get(s), level));
        }
        List<String> goals = new ArrayList<>();
        for (int g = 0; g < 1 + rank % 3; g++) {
            String goal = GOALS.get((rank + g * 3) % GOALS.size());
            if (!demo.skills().contains(goal) && !goals.contains(goal)) {
                goals.add(goal);
            }
        }
        Set<WorkingLanguage> languages = demo.english()
                ? (rank % 2 == 0 ? EnumSet.of(WorkingLanguage.ENGLISH)
                        : EnumSet.of(WorkingLanguage.ENGLISH, WorkingLanguage.FRENCH))
                : (rank % 3 == 0 ? EnumSet.of(WorkingLanguage.FRENCH, WorkingLanguage.ENGLISH)
                        : EnumSet.of(WorkingLanguage.FRENCH));
        return new VolunteerProfileCommand(demo.institution(), demo.programme(), demo.level(), skills, goals,
                languages, demo.region(), rank % 4 != 1, windows(rank), 1 + rank % 3,
                demo.level() == StudyLevel.CEGEP || rank % 5 == 0 ? 45 + 15 * (rank % 4) : null, rank % 7 != 3);
    }

    /** The coming terms, from today: winter, summer and autumn sessions, one or two per person. */
    private List<AvailabilityWindow> windows(int rank) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getMonthValue() >= 5 ? today.getYear() + 1 : today.getYear();
        AvailabilityWindow winter = new AvailabilityWindow("Session d’hiver", LocalDate.of(year, 1, 12),
                LocalDate.of(year, 4, 30), 4 + 2 * (rank % 5));
        AvailabilityWindow summer = new AvailabilityWindow("Été", LocalDate.of(year, 5, 4),
                LocalDate.of(year, 8, 21), 10 + 5 * (rank % 4));
        AvailabilityWindow autumn = new AvailabilityWindow("Session d’automne", LocalDate.of(year, 8, 31),
                LocalDate.of(year, 12, 18), 3 + rank % 6);
        return switch (rank % 4) {
            case 0 -> List.of(winter);
            case 1 -> List.of(winter, summer);
            case 2 -> List.of(summer, autumn);
            default -> List.of(autumn);
        };
    }
}
