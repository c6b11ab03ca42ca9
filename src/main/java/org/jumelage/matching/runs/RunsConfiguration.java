package org.jumelage.matching.runs;

import java.util.List;
import java.util.Set;

import org.jumelage.matching.MatchDecisions;
import org.jumelage.matching.OpenSeat;
import org.jumelage.matching.ProposedMatch;
import org.jumelage.matching.SeatProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defaults for what other features will provide later. */
@Configuration(proxyBeanMethods = false)
class RunsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RunsConfiguration.class);

    /** No training records yet: no provider has completed a course. */
    @Bean
    @ConditionalOnMissingBean(CompletedCourses.class)
    CompletedCourses noCompletedCourses() {
        return new CompletedCourses() {
            @Override
            public Set<String> ofVolunteer(String userId) {
                return Set.of();
            }

            @Override
            public Set<String> ofFirm(String firmId) {
                return Set.of();
            }
        };
    }

    /**
     * Stand-in while no review and offer flow is installed: it keeps nothing (a run's proposals stay
     * in the run itself) and reports no pinned, excluded or settled pair. The review feature's own
     * {@link MatchDecisions} bean replaces it.
     */
    @Bean
    @ConditionalOnMissingBean(MatchDecisions.class)
    MatchDecisions noMatchDecisions() {
        return new MatchDecisions() {
            @Override
            public void recordRun(String runId, List<ProposedMatch> proposals, List<OpenSeat> openSeats) {
                LOG.info("Matching run {}: {} proposals, {} open seats (no review feature installed)", runId,
                        proposals.size(), openSeats.size());
            }

            @Override
            public Set<SeatProvider> pinned() {
                return Set.of();
            }

            @Override
            public Set<SeatProvider> excluded() {
                return Set.of();
            }

            @Override
            public Set<SeatProvider> settled() {
                return Set.of();
            }
        };
    }
}
