package org.jumelage.matching.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jumelage.projects.Priority;
import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;

/** Named fixtures for the constraint tests: a seat and providers that fit unless a test changes them. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    static final MatchingParameters PARAMETERS = MatchingParameters.defaults(TODAY);
    static final String PYTHON = "software.python";
    static final String SHEETS = "data.spreadsheets";

    private Fixtures() {
    }

    static Organisation organisation(String id) {
        return new Organisation(id, "OSBL " + id, Region.MONTREAL, PARAMETERS.fairnessReferenceHours(), false, false);
    }

    static SeatBuilder seat(String projectId, String seatId) {
        return new SeatBuilder(projectId, seatId);
    }

    static FirmBuilder firm(String id) {
        return new FirmBuilder(id);
    }

    static VolunteerBuilder volunteer(String id) {
        return new VolunteerBuilder(id);
    }

    static final class SeatBuilder {
        final String projectId;
        final String seatId;
        Organisation organisation = Fixtures.organisation("org1");
        List<RequiredSkill> skills = new ArrayList<>(List.of(new RequiredSkill(PYTHON, SkillLevel.WORKING)));
        int hours = 40;
        LocalDate start = LocalDate.of(2026, 2, 1);
        LocalDate end = LocalDate.of(2026, 3, 31);
        LocalDate deadline = LocalDate.of(2026, 12, 31);
        WorkingLanguage language = WorkingLanguage.FRENCH;
        boolean remote = true;
        Region region = Region.MONTREAL;
        ProviderKind kinds = ProviderKind.EITHER;
        boolean personalData;
        Priority priority = Priority.NORMAL;
        Sector sector = Sector.EDUCATION;
        Set<String> excluded = new HashSet<>();
        Provider provider;

        SeatBuilder(String projectId, String seatId) {
            this.projectId = projectId;
            this.seatId = seatId;
        }

        SeatBuilder organisation(Organisation value) { organisation = value; return this; }
        SeatBuilder skills(RequiredSkill... value) { skills = List.of(value); return this; }
        SeatBuilder hours(int value) { hours = value; return this; }
        SeatBuilder window(LocalDate from, LocalDate to) { start = from; end = to; return this; }
        SeatBuilder deadline(LocalDate value) { deadline = value; return this; }
        SeatBuilder language(WorkingLanguage value) { language = value; return this; }
        SeatBuilder onSite(Region value) { remote = false; region = value; return this; }
        SeatBuilder kinds(ProviderKind value) { kinds = value; return this; }
        SeatBuilder personalData() { personalData = true; return this; }
        SeatBuilder urgent() { priority = Priority.URGENT; return this; }
        SeatBuilder sector(Sector value) { sector = value; return this; }
        SeatBuilder excluding(String providerId) { excluded.add(providerId); return this; }
        SeatBuilder to(Provider value) { provider = value; return this; }

        Seat build() {
            Seat seat = new Seat(projectId, seatId, "Role " + seatId, organisation, skills, hours,
                    new DateRange(start, end), deadline, language, remote, remote ? null : region, kinds, personalData,
                    priority, sector, excluded, PARAMETERS);
            seat.setProvider(provider);
            return seat;
        }
    }

    static final class FirmBuilder {
        final String id;
        int monthlyCapacity = 200;
        Map<String, SkillLevel> skills = new HashMap<>(Map.of(PYTHON, SkillLevel.WORKING, SHEETS, SkillLevel.WORKING));
        Set<WorkingLanguage> languages = Set.of(WorkingLanguage.FRENCH, WorkingLanguage.ENGLISH);
        Set<Region> regions = Set.of(Region.MONTREAL);
        Set<String> conflicts = new HashSet<>();
        Set<String> courses = new HashSet<>(Set.of(Provider.PRIVACY_COURSE));
        int remaining = 500;
        LocalDate validFrom = LocalDate.of(2025, 1, 1);
        LocalDate expiry = LocalDate.of(2027, 12, 31);
        Set<Sector> sectors = Set.of();
        Set<Region> restrictedRegions = Set.of();

        FirmBuilder(String id) {
            this.id = id;
        }

        FirmBuilder monthlyCapacity(int value) { monthlyCapacity = value; return this; }
        FirmBuilder skill(String code, SkillLevel level) { skills.put(code, level); return this; }
        FirmBuilder languages(WorkingLanguage... value) { languages = Set.of(value); return this; }
        FirmBuilder regions(Region... value) { regions = Set.of(value); return this; }
        FirmBuilder conflictWith(String organisationId) { conflicts.add(organisationId); return this; }
        FirmBuilder noPrivacyCourse() { courses.clear(); return this; }
        FirmBuilder remaining(int value) { remaining = value; return this; }
        FirmBuilder valid(LocalDate from, LocalDate to) { validFrom = from; expiry = to; return this; }
        FirmBuilder sectors(Sector... value) { sectors = Set.of(value); return this; }
        FirmBuilder restrictedTo(Region... value) { restrictedRegions = Set.of(value); return this; }

        Firm firm() {
            return new Firm(id, "Firm " + id, monthlyCapacity, skills, languages, regions, conflicts, courses);
        }

        FirmObligation obligation(String obligationId) {
            return obligation(firm(), obligationId);
        }

        FirmObligation obligation(Firm firm, String obligationId) {
            return new FirmObligation("obligation:" + obligationId, obligationId, firm, remaining, validFrom, expiry,
                    sectors, restrictedRegions);
        }
    }

    static final class VolunteerBuilder {
        final String id;
        int weeklyHours = 10;
        List<DateRange> availability = new ArrayList<>(
                List.of(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
        Map<String, SkillLevel> skills = new HashMap<>(Map.of(PYTHON, SkillLevel.WORKING));
        Set<String> goals = new HashSet<>();
        Set<WorkingLanguage> languages = Set.of(WorkingLanguage.FRENCH);
        Region region = Region.MONTREAL;
        boolean remoteOk = true;
        int maxConcurrent = 2;
        Set<String> courses = new HashSet<>(Set.of(Provider.PRIVACY_COURSE));

        VolunteerBuilder(String id) {
            this.id = id;
        }

        VolunteerBuilder weeklyHours(int value) { weeklyHours = value; return this; }
        VolunteerBuilder available(LocalDate from, LocalDate to) { availability = List.of(new DateRange(from, to)); return this; }
        VolunteerBuilder skill(String code, SkillLevel level) { skills.put(code, level); return this; }
        VolunteerBuilder wantsToLearn(String code) { goals.add(code); return this; }
        VolunteerBuilder languages(WorkingLanguage... value) { languages = Set.of(value); return this; }
        VolunteerBuilder region(Region value) { region = value; return this; }
        VolunteerBuilder onSiteOnly() { remoteOk = false; return this; }
        VolunteerBuilder maxConcurrent(int value) { maxConcurrent = value; return this; }
        VolunteerBuilder noPrivacyCourse() { courses.clear(); return this; }

        Volunteer build() {
            return new Volunteer("volunteer:" + id, id, "Volunteer " + id, weeklyHours, availability, skills, goals,
                    languages, region, remoteOk, maxConcurrent, courses, Set.of());
        }
    }
}
