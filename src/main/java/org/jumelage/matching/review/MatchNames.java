package org.jumelage.matching.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.UserSummary;
import org.jumelage.firms.FirmDirectory;
import org.jumelage.firms.FirmSummary;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectHeadline;
import org.jumelage.projects.ProjectHeadlines;
import org.springframework.stereotype.Component;

/** Turns stored matches into what people read: names of projects, organisations, seats and providers. */
@Component
public class MatchNames {

    private final ProjectHeadlines headlines;
    private final FirmDirectory firms;
    private final AccountService accounts;

    public MatchNames(ProjectHeadlines headlines, FirmDirectory firms, AccountService accounts) {
        this.headlines = headlines;
        this.firms = firms;
        this.accounts = accounts;
    }

    public List<MatchView> views(Collection<Match> matches) {
        Map<String, ProjectHeadline> projects = headlines.find(matches.stream().map(Match::getProjectId).toList());
        return matches.stream().map(m -> view(m, projects.get(m.getProjectId()))).toList();
    }

    public MatchView view(Match m) {
        return views(List.of(m)).get(0);
    }

    public List<OpenSeatView> openSeats(Collection<OpenSeatRecord> seats) {
        Map<String, ProjectHeadline> projects = headlines.find(seats.stream().map(OpenSeatRecord::projectId).toList());
        return seats.stream().map(s -> {
            ProjectHeadline p = projects.get(s.projectId());
            return new OpenSeatView(s.projectId(), p == null ? s.projectId() : p.title(),
                    p == null ? "" : p.organisationName(), s.seatId(), p == null ? s.seatId() : p.seatTitle(s.seatId()),
                    s.hours(), s.reasons());
        }).toList();
    }

    private MatchView view(Match m, ProjectHeadline p) {
        return new MatchView(m.getId(), m.getVersion() == null ? 0 : m.getVersion(), m.getRunId(), m.getProjectId(),
                p == null ? m.getProjectId() : p.title(), p == null ? "" : p.organisationName(), m.getSeatId(),
                p == null ? m.getSeatId() : p.seatTitle(m.getSeatId()), m.provider(), providerName(m), m.getHours(),
                m.getReasons(), m.getStatus(), m.getRejectionReason(), m.getExpiresAt(), m.getProviderAnswer(),
                m.getOsblAnswer(), null);
    }

    /** A firm's name for an obligation, a volunteer's display name. */
    public String providerName(Match m) {
        if (m.provider().kind() == ProviderRef.Kind.VOLUNTEER) {
            return accounts.find(m.provider().id()).map(UserSummary::displayName).orElse("");
        }
        return firms.find(m.getFirmId()).map(FirmSummary::name).orElse("");
    }
}
