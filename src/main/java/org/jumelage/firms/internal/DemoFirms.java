package org.jumelage.firms.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.UserSummary;
import org.jumelage.firms.AvailabilityPeriod;
import org.jumelage.firms.BlackoutPeriod;
import org.jumelage.firms.FirmProfile;
import org.jumelage.firms.FirmStatus;
import org.jumelage.firms.ObligationCommand;
import org.jumelage.firms.SizeBand;
import org.jumelage.firms.TeamSkill;
import org.jumelage.shared.demo.DemoDataContributor;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Eight fictional AI firms (names and NEQs made up, addresses on the reserved {@code .example}
 * domain), six verified, one pending, one rejected, each with pro bono obligations dated from today:
 * some expire within 60 days so the warnings and the "expiring soon" list have something to show,
 * and three ended months ago (the demo ledger history spends and expires them). Three firms agreed
 * to appear on the public transparency page.
 * The demo firm account ({@code entreprise@jumelage.demo}) administers the first. Existing NEQs are
 * skipped, so running twice changes nothing.
 */
@Component
class DemoFirms implements DemoDataContributor {

    static final String DEMO_FIRM_EMAIL = "entreprise@jumelage.demo";
    static final String DEMO_COORDINATOR_EMAIL = "coordination@jumelage.demo";

    /** An obligation starting {@code startOffset} days from today and lasting until {@code expiryOffset}. */
    record DemoObligation(int hours, String source, int startOffset, int expiryOffset, Set<Sector> sectors,
            Set<Region> regions) {
    }

    record DemoFirm(String name, String neq, SizeBand size, Set<Region> regions, Set<WorkingLanguage> languages,
            String description, List<TeamSkill> skills, FirmStatus status, List<DemoObligation> obligations,
            boolean publishesFulfilment) {

        DemoFirm(String name, String neq, SizeBand size, Set<Region> regions, Set<WorkingLanguage> languages,
                String description, List<TeamSkill> skills, FirmStatus status, List<DemoObligation> obligations) {
            this(name, neq, size, regions, languages, description, skills, status, obligations, false);
        }
    }

    static final List<DemoFirm> FIRMS = List.of(
            new DemoFirm("Laboratoire Boréal IA", "1180234571", SizeBand.FROM_10_TO_49,
                    Set.of(Region.MONTREAL, Region.LAVAL), Set.of(WorkingLanguage.FRENCH, WorkingLanguage.ENGLISH),
                    "Jeune pousse montréalaise en analyse de données et en IA générative responsable.",
                    List.of(skill("data.cleaning", SkillLevel.EXPERT, 4), skill("data.power-bi", SkillLevel.ADVANCED, 2),
                            skill("ai.llm-prompting", SkillLevel.ADVANCED, 3)),
                    FirmStatus.VERIFIED,
                    List.of(new DemoObligation(120, "Contrat MCN-2025-114, clause 12.3", -200, 45, Set.of(), Set.of()),
                            // For OSBLs of the regions the firm serves, so that the demo matching finds it work.
                            new DemoObligation(300, "Programme Virage IA, volet OSBL, art. 7", -30, 330, Set.of(),
                                    Set.of(Region.MONTREAL, Region.LAVAL)))),
            new DemoFirm("Données Fleuve inc.", "1181345682", SizeBand.FROM_50_TO_249,
                    Set.of(Region.CAPITALE_NATIONALE, Region.CHAUDIERE_APPALACHES), Set.of(WorkingLanguage.FRENCH),
                    "Intégrateur de solutions de données pour les services publics de la Capitale-Nationale.",
                    List.of(skill("data.cleaning", SkillLevel.ADVANCED, 10), skill("privacy.law25", SkillLevel.EXPERT, 2)),
                    FirmStatus.VERIFIED,
                    List.of(new DemoObligation(250, "Contrat RAMQ-2024-077, clause 9", -520, -160, Set.of(), Set.of()),
                            new DemoObligation(500, "Contrat CSPQ-2024-0831, clause 21", -300, 25, Set.of(), Set.of()),
                            new DemoObligation(200, "Contrat MSSS-2025-042, annexe B", -10, 500,
                                    Set.of(Sector.HEALTH_WELLBEING), Set.of())), true),
            new DemoFirm("Atelier Numérique Saguenay", "1182456793", SizeBand.FROM_1_TO_9,
                    Set.of(Region.SAGUENAY_LAC_SAINT_JEAN), Set.of(WorkingLanguage.FRENCH),
                    "Petite équipe de développement Web et d’automatisation au service des organismes régionaux.",
                    List.of(skill("web.wordpress", SkillLevel.EXPERT, 3), skill("pm.agile", SkillLevel.WORKING, 2)),
                    FirmStatus.VERIFIED,
                    List.of(new DemoObligation(150, "Programme Régions numériques 2024, clause 4.2", -540, -120,
                                    Set.of(), Set.of(Region.SAGUENAY_LAC_SAINT_JEAN)),
                            new DemoObligation(80, "Programme Régions numériques, clause 4.2", -100, 6, Set.of(),
                                    Set.of(Region.SAGUENAY_LAC_SAINT_JEAN))), true),
            new DemoFirm("Nordique Analytique", "1183567804", SizeBand.FROM_250,
                    Set.of(Region.MONTREAL, Region.MONTEREGIE, Region.OUTAOUAIS),
                    Set.of(WorkingLanguage.ENGLISH, WorkingLanguage.FRENCH),
                    "Cabinet-conseil en science des données et en apprentissage automatique.",
                    List.of(skill("ai.llm-prompting", SkillLevel.EXPERT, 12), skill("ux.user-research", SkillLevel.ADVANCED, 5)),
                    FirmStatus.VERIFIED,
                    List.of(new DemoObligation(400, "Contrat ITQ-2022-318, clause 18.1", -560, -170, Set.of(), Set.of()),
                            new DemoObligation(1000, "Contrat ITQ-2023-557, clause 18.1", -400, 200, Set.of(), Set.of()),
                            new DemoObligation(150, "Programme Virage IA, volet OSBL, art. 7", -20, 58,
                                    Set.of(Sector.EDUCATION, Sector.CULTURE), Set.of())), true),
            new DemoFirm("Estrie Intelligence", "1184678915", SizeBand.FROM_10_TO_49, Set.of(Region.ESTRIE),
                    Set.of(WorkingLanguage.FRENCH), "Firme sherbrookoise spécialisée en tableaux de bord et en prévision.",
                    List.of(skill("data.cleaning", SkillLevel.WORKING, 6)), FirmStatus.VERIFIED,
                    List.of(new DemoObligation(60, "Contrat Ville de Sherbrooke 2025-19, clause 9", -90, 120, Set.of(),
                            Set.of(Region.ESTRIE)))),
            new DemoFirm("Mauricie Code Coop", "1185789026", SizeBand.FROM_1_TO_9, Set.of(Region.MAURICIE),
                    Set.of(WorkingLanguage.FRENCH), "Coopérative de travail en développement logiciel libre.",
                    List.of(skill("web.wordpress", SkillLevel.ADVANCED, 2), skill("pm.agile", SkillLevel.ADVANCED, 2)),
                    FirmStatus.VERIFIED,
                    List.of(new DemoObligation(40, "Programme Coop numérique, clause 3", -15, 365, Set.of(), Set.of()))),
            new DemoFirm("Outaouais Data Works", "1186890137", SizeBand.FROM_10_TO_49, Set.of(Region.OUTAOUAIS),
                    Set.of(WorkingLanguage.ENGLISH, WorkingLanguage.FRENCH),
                    "Bilingual analytics studio serving Gatineau and the Pontiac.",
                    List.of(skill("privacy.law25", SkillLevel.ADVANCED, 2)), FirmStatus.PENDING,
                    List.of(new DemoObligation(100, "Contrat SAQ-2025-210, clause 14", 0, 240, Set.of(), Set.of()))),
            new DemoFirm("Gaspésie Algorithmes", "1187901248", SizeBand.FROM_1_TO_9,
                    Set.of(Region.GASPESIE_ILES_DE_LA_MADELEINE), Set.of(WorkingLanguage.FRENCH),
                    "Consultant en automatisation pour les pêcheries et le tourisme.",
                    List.of(skill("data.cleaning", SkillLevel.BASIC, 1)), FirmStatus.REJECTED,
                    List.of(new DemoObligation(30, "Programme Régions numériques, clause 4.2", -5, 90, Set.of(), Set.of()))));

    private static final Logger log = LoggerFactory.getLogger(DemoFirms.class);

    private final FirmRepository firms;
    private final ObligationRepository obligations;
    private final AccountService accounts;
    private final Validator validator;
    private final Clock clock;

    DemoFirms(FirmRepository firms, ObligationRepository obligations, AccountService accounts, Validator validator,
            Clock clock) {
        this.firms = firms;
        this.obligations = obligations;
        this.accounts = accounts;
        this.validator = validator;
        this.clock = clock;
    }

    private static TeamSkill skill(String code, SkillLevel level, int staff) {
        return new TeamSkill(code, level, staff);
    }

    @Override
    public int demoOrder() {
        return 30;
    }

    @Override
    public void createDemoData() {
        String coordinatorId = accounts.findByEmail(DEMO_COORDINATOR_EMAIL).map(UserSummary::id).orElse(null);
        Optional<String> demoMember = accounts.findByEmail(DEMO_FIRM_EMAIL).map(UserSummary::id)
                .filter(id -> !firms.existsByMembers(id));
        LocalDate today = LocalDate.now(clock);
        boolean first = true;
        for (DemoFirm demo : FIRMS) {
            boolean administeredByDemoAccount = first;
            first = false;
            if (firms.existsByNeq(demo.neq())) {
                continue;
            }
            FirmProfile profile = new FirmProfile(demo.name(), demo.neq(), demo.size(), demo.regions(),
                    demo.languages(), demo.description(), demo.skills(),
                    "pro-bono@" + demo.neq() + ".example", "514 555-0100",
                    List.of(new AvailabilityPeriod(today, today.plusMonths(12), 20)),
                    List.of(new BlackoutPeriod(LocalDate.of(today.getYear(), 12, 20),
                            LocalDate.of(today.getYear() + 1, 1, 5))));
            var violations = validator.validate(profile);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Invalid demo firm " + demo.name() + ": " + violations);
            }
            Firm firm = new Firm(profile, administeredByDemoAccount ? demoMember.orElse(null) : null);
            firm.publishFulfilment(demo.publishesFulfilment());
            switch (demo.status()) {
                case VERIFIED -> firm.verify(coordinatorId, clock.instant());
                case REJECTED -> firm.reject("Le NEQ ne correspond à aucune entreprise active.", coordinatorId,
                        clock.instant());
                case PENDING -> { }
            }
            Firm saved = firms.save(firm);
            for (DemoObligation o : demo.obligations()) {
                Obligation obligation = new Obligation(saved.getId(), new ObligationCommand(o.hours(), o.source(),
                        today.plusDays(o.startOffset()), today.plusDays(o.expiryOffset()), o.sectors(), o.regions()));
                if (o.expiryOffset() < 0) {
                    // Ended already: the demo ledger history spends it and writes what it had left at
                    // its expiry; marked now so that the expiry job does not write that remainder today.
                    obligation.markExpired();
                }
                obligations.save(obligation);
            }
            log.info("Demo firm {} ({}) with {} obligation(s)", demo.name(), demo.status(), demo.obligations().size());
        }
    }
}
