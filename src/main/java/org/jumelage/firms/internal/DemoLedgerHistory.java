package org.jumelage.firms.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.SystemActor;
import org.jumelage.accounts.UserSummary;
import org.jumelage.firms.EntryType;
import org.jumelage.firms.LedgerBook;
import org.jumelage.firms.ObligationStatus;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.ReviewFilter;
import org.jumelage.projects.SeatSpec;
import org.jumelage.projects.Transition;
import org.jumelage.shared.demo.DemoDataContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The hours ledger behind the demo projects, so that the dashboards and the public page show a
 * history on first start: for each matched, started or completed demo project, the hours its
 * providers (demo firms' obligations and demo volunteers) were allocated when it was matched, the
 * hours they logged every two weeks or so while it ran, the organisation's confirmations a few days
 * later (the last ones of running projects still wait, and one line was disputed), and the seat
 * closed when the project was completed. Obligations that ended are then expired with what they had
 * left.
 * <p>
 * Lines are dated when they happened, which {@link org.jumelage.firms.HoursLedger} cannot do (it
 * stamps the present), so they are written here through the same {@link LedgerBook} rules. Every
 * line has a {@code demo:} idempotency key, and a seat that already has its allocation is skipped,
 * so running twice changes nothing. Only projects whose timeline is signed by the demo are touched.
 */
@Component
class DemoLedgerHistory implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(DemoLedgerHistory.class);
    /** The author the demo projects' transitions carry. */
    private static final String DEMO_AUTHOR = "demo";

    static final String BOREAL = "1180234571";
    static final String FLEUVE = "1181345682";
    static final String SAGUENAY = "1182456793";
    static final String NORDIQUE = "1183567804";
    static final String ESTRIE = "1184678915";

    /** Who held a seat: a demo firm's obligation (by NEQ and source) or a demo volunteer (by e-mail). */
    record Holder(String neq, String source, String email) {
        static Holder firm(String neq, String source) {
            return new Holder(neq, source, null);
        }

        static Holder volunteer(String email) {
            return new Holder(null, null, email);
        }
    }

    /** A seat of a demo project (by title and position) held by a provider; one of its logs may be disputed. */
    record Held(String title, int seat, Holder holder, boolean oneDisputed) {
    }

    private static Held held(String title, int seat, Holder holder) {
        return new Held(title, seat, holder, false);
    }

    private static Holder atelier2024() {
        return Holder.firm(SAGUENAY, "Programme Régions numériques 2024, clause 4.2");
    }

    private static Holder fleuveRamq() {
        return Holder.firm(FLEUVE, "Contrat RAMQ-2024-077, clause 9");
    }

    private static Holder fleuveCspq() {
        return Holder.firm(FLEUVE, "Contrat CSPQ-2024-0831, clause 21");
    }

    private static Holder nordique2022() {
        return Holder.firm(NORDIQUE, "Contrat ITQ-2022-318, clause 18.1");
    }

    private static Holder nordique2023() {
        return Holder.firm(NORDIQUE, "Contrat ITQ-2023-557, clause 18.1");
    }

    private static Holder volunteer(String name) {
        return Holder.volunteer(name + "@jumelage.demo");
    }

    static final List<Held> HELD = List.of(
            // Completed over the past 18 months.
            held("Itinéraires de livraison optimisés", 0, atelier2024()),
            held("Itinéraires de livraison optimisés", 1, volunteer("olivier.belanger")),
            held("Tableau de bord des cuisines collectives", 0, atelier2024()),
            held("Suivi des parcours jeunesse", 0, nordique2022()),
            held("Suivi des parcours jeunesse", 1, volunteer("lea.bouchard")),
            held("Fiches de ressources en ligne", 0, nordique2022()),
            held("Fiches de ressources en ligne", 1, volunteer("chloe.tremblay")),
            held("Prise de rendez-vous en ligne", 0, fleuveRamq()),
            held("Analyse des appels de la ligne d’écoute", 0, fleuveRamq()),
            held("Analyse des appels de la ligne d’écoute", 1, volunteer("florence.roy")),
            held("Prévision des dons alimentaires", 0, nordique2022()),
            new Held("Portrait partagé des besoins du territoire", 0, nordique2023(), true),
            held("Portrait partagé des besoins du territoire", 1, volunteer("priya.raman")),
            held("Fiches de ressources du quartier", 0, fleuveCspq()),
            held("Fiches de ressources du quartier", 1, volunteer("liam.oconnor")),
            held("Billetterie et listes d’envoi réunies", 0, nordique2023()),
            held("Réponses aux questions fréquentes des locataires", 0,
                    Holder.firm(BOREAL, "Contrat MCN-2025-114, clause 12.3")),
            held("Réponses aux questions fréquentes des locataires", 1, volunteer("xavier.lapointe")),
            held("Calendrier des bénévoles de l’atelier", 0, volunteer("thomas.gauthier")),
            held("Mesure de l’effet des ateliers", 0, volunteer("oceane.thibault")),
            // Recently completed.
            held("Infolettre mensuelle et réseaux sociaux", 0, volunteer("felix.dube")),
            held("Sensibilisation à la cybersécurité", 0,
                    Holder.firm(ESTRIE, "Contrat Ville de Sherbrooke 2025-19, clause 9")),
            held("Inscriptions en ligne au camp de jour", 0, volunteer("jade.caron")),
            held("Suivi des demandes d’aide", 0, Holder.firm(SAGUENAY, "Programme Régions numériques, clause 4.2")),
            held("Suivi des demandes d’aide", 1, Holder.volunteer("benevole@jumelage.demo")),
            // Running: hours logged, the latest waiting for the organisation's confirmation.
            held("Refonte du CRM des donateurs", 0, fleuveCspq()),
            held("Refonte du CRM des donateurs", 1, volunteer("justin.beaulieu")),
            held("Carte interactive des services en itinérance", 0,
                    Holder.firm(BOREAL, "Contrat MCN-2025-114, clause 12.3")),
            held("Traduction automatique des fiches d’information", 0, nordique2023()),
            // Matched: hours set aside, no work yet.
            held("Extraction automatique des formulaires papier", 0, nordique2023()),
            held("Base de données des partenaires régionaux", 0, volunteer("louis.bergeron")),
            held("Rapport aux bailleurs de fonds automatisé", 0, fleuveCspq()));

    /** Days between two logs of the same seat. */
    private static final int LOG_EVERY_DAYS = 14;
    /** Days an organisation takes to confirm a logged line. */
    private static final int CONFIRM_AFTER_DAYS = 3;

    private final LedgerStore store;
    private final FirmRepository firms;
    private final ObligationRepository obligations;
    private final ProjectService projects;
    private final AccountService accounts;
    private final SystemActor system;
    private final Clock clock;

    DemoLedgerHistory(LedgerStore store, FirmRepository firms, ObligationRepository obligations,
            ProjectService projects, AccountService accounts, SystemActor system, Clock clock) {
        this.store = store;
        this.firms = firms;
        this.obligations = obligations;
        this.projects = projects;
        this.accounts = accounts;
        this.system = system;
        this.clock = clock;
    }

    @Override
    public int demoOrder() {
        return 50;
    }

    @Override
    public void createDemoData() {
        Map<String, ProjectView> byTitle = new HashMap<>();
        for (ProjectStatus status : List.of(ProjectStatus.MATCHED, ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED)) {
            system.call(() -> projects.reviewQueue(new ReviewFilter(status, null, null), 0, 500)).stream()
                    .filter(p -> p.timeline().stream().anyMatch(t -> DEMO_AUTHOR.equals(t.byUserId())))
                    .forEach(p -> byTitle.putIfAbsent(p.title(), p));
        }
        int seats = 0;
        int lines = 0;
        for (Held h : HELD) {
            ProjectView project = byTitle.get(h.title());
            Optional<Provider> provider = provider(h.holder());
            if (project == null || provider.isEmpty() || h.seat() >= project.content().seats().size()) {
                continue;
            }
            try {
                int written = write(project, project.content().seats().get(h.seat()), provider.get(), h.oneDisputed());
                if (written > 0) {
                    seats++;
                    lines += written;
                }
            } catch (IllegalStateException e) {
                // A store whose demo data predates this history (other obligations, hours already spent).
                log.warn("Demo ledger history skipped a seat of {}: {}", h.title(), e.getMessage());
            }
        }
        lines += expireEndedObligations();
        log.info("Demo ledger history: {} seats, {} lines", seats, lines);
    }

    private record Provider(ProviderRef ref, String firmId, String loggedBy) {
    }

    private Optional<Provider> provider(Holder holder) {
        if (holder.email() != null) {
            return accounts.findByEmail(holder.email()).map(UserSummary::id)
                    .map(id -> new Provider(ProviderRef.volunteer(id), null, id));
        }
        return firms.findByNeq(holder.neq()).flatMap(firm -> obligations
                .findByFirmIdOrderByExpiryDateAscStartDateAscIdAsc(firm.getId()).stream()
                .filter(o -> o.getSourceReference().equals(holder.source())).findFirst()
                .map(o -> new Provider(ProviderRef.obligation(o.getId()), firm.getId(),
                        firm.memberIds().isEmpty() ? DEMO_AUTHOR : firm.memberIds().get(0))));
    }

    /** The seat's lines, from its match to its completion (or today); the number written. */
    private int write(ProjectView project, SeatSpec seat, Provider provider, boolean oneDisputed) {
        String prefix = "demo:" + project.id() + ":" + seat.id() + ":";
        if (store.byKey(prefix + "allocated").isPresent()) {
            return 0;
        }
        Instant now = clock.instant();
        Instant matched = first(project, ProjectStatus.MATCHED);
        Instant started = first(project, ProjectStatus.IN_PROGRESS);
        Instant completed = first(project, ProjectStatus.COMPLETED);
        if (matched == null) {
            return 0;
        }
        int count = 0;
        append(provider, project.id(), seat.id(), EntryType.ALLOCATED, seat.hours(), null, null, null, DEMO_AUTHOR,
                matched.plus(Duration.ofHours(2)), prefix + "allocated");
        count++;
        if (started == null) {
            return count;
        }
        Instant end = completed != null ? completed : now;
        int toLog = completed != null ? seat.hours() : seat.hours() * 3 / 5;
        List<Instant> days = logDays(started, end);
        for (int i = 0; i < days.size(); i++) {
            int hours = toLog / days.size() + (i < toLog % days.size() ? 1 : 0);
            if (hours <= 0) {
                continue;
            }
            Instant at = days.get(i);
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            String loggedId = append(provider, project.id(), seat.id(), EntryType.LOGGED, hours, day,
                    "Travail de la semaine sur « " + seat.roleTitle() + " ».", null, provider.loggedBy(),
                    at.plus(Duration.ofHours(17)), prefix + "logged:" + i);
            count++;
            Instant answeredAt = at.plus(Duration.ofDays(CONFIRM_AFTER_DAYS)).plus(Duration.ofHours(10));
            boolean waits = completed == null && answeredAt.isAfter(now.minus(Duration.ofDays(7)));
            if (waits || answeredAt.isAfter(now)) {
                continue;
            }
            boolean dispute = oneDisputed && i == 1;
            append(provider, project.id(), seat.id(), dispute ? EntryType.DISPUTED : EntryType.CONFIRMED, hours,
                    null, dispute ? "Ces heures ont déjà été comptées la semaine précédente." : null, loggedId,
                    DEMO_AUTHOR, answeredAt, prefix + "answered:" + i);
            count++;
        }
        if (completed != null) {
            LedgerBook book = store.book(provider.ref());
            append(provider, project.id(), seat.id(), EntryType.RELEASED, book.releasable(project.id(), seat.id()),
                    null, null, null, DEMO_AUTHOR, completed.plus(Duration.ofHours(1)), prefix + "released");
            count++;
        }
        return count;
    }

    /** One day every two weeks from a week after the start to the day before the end; at least one. */
    private static List<Instant> logDays(Instant start, Instant end) {
        List<Instant> days = new ArrayList<>();
        Instant day = start.plus(Duration.ofDays(7));
        Instant last = end.minus(Duration.ofDays(1));
        while (!day.isAfter(last)) {
            days.add(day.truncatedTo(java.time.temporal.ChronoUnit.DAYS));
            day = day.plus(Duration.ofDays(LOG_EVERY_DAYS));
        }
        if (days.isEmpty()) {
            Instant middle = start.plus(Duration.between(start, end).dividedBy(2));
            days.add(middle.truncatedTo(java.time.temporal.ChronoUnit.DAYS));
        }
        return days;
    }

    /** What the scheduled expiry would have done on the day after each ended obligation of a demo firm. */
    private int expireEndedObligations() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int count = 0;
        for (String neq : List.of(BOREAL, FLEUVE, SAGUENAY, NORDIQUE, ESTRIE)) {
            Firm firm = firms.findByNeq(neq).orElse(null);
            if (firm == null) {
                continue;
            }
            for (Obligation o : obligations.findByFirmIdOrderByExpiryDateAscStartDateAscIdAsc(firm.getId())) {
                if (o.getStatus() == ObligationStatus.CANCELLED || !o.getExpiryDate().isBefore(today.minusDays(1))) {
                    continue;
                }
                ProviderRef ref = ProviderRef.obligation(o.getId());
                LedgerBook book = store.book(ref, o.getHoursOwed());
                int remaining = book.balances().remaining();
                String key = "demo:expire:" + o.getId();
                boolean expiredInLedger = book.lines().stream().anyMatch(l -> l.type() == EntryType.EXPIRED);
                if (remaining > 0 && !expiredInLedger) {
                    append(new Provider(ref, firm.getId(), DEMO_AUTHOR), null, null, EntryType.EXPIRED, remaining,
                            null, null, null, DEMO_AUTHOR,
                            o.getExpiryDate().plusDays(1).atTime(3, 0).toInstant(ZoneOffset.UTC), key);
                    count++;
                }
                if (o.getStatus() == ObligationStatus.ACTIVE) {
                    o.markExpired();
                    obligations.save(o);
                }
            }
        }
        return count;
    }

    private static Instant first(ProjectView project, ProjectStatus to) {
        return project.timeline().stream().filter(t -> t.to() == to).map(Transition::at).min(Instant::compareTo)
                .orElse(null);
    }

    /** Appends a dated line after the same checks {@code HoursLedger} makes; a refusal is a bug in this data. */
    private String append(Provider provider, String projectId, String seatId, EntryType type, int hours,
            LocalDate day, String comment, String answers, String by, Instant at, String key) {
        Optional<LedgerEntry> earlier = store.byKey(key);
        if (earlier.isPresent()) {
            return earlier.get().getId();
        }
        LedgerBook book = store.book(provider.ref());
        Optional<String> refusal = switch (type) {
            case ALLOCATED -> book.checkAllocate(projectId, seatId, hours);
            case LOGGED -> book.checkLog(projectId, seatId, hours, 0);
            case CONFIRMED, DISPUTED -> book.checkAnswer(answers);
            default -> Optional.empty();
        };
        if (refusal.isPresent()) {
            throw new IllegalStateException("Demo ledger line refused (" + refusal.get() + "): " + type + " " + hours
                    + " h on " + projectId + "/" + seatId + " for " + provider.ref());
        }
        LedgerEntry saved = store.append(new LedgerEntry(provider.ref(), provider.firmId(), projectId, seatId, type,
                hours, day, comment, answers, by, at, key, book.lines().size()));
        return saved.getId();
    }
}
