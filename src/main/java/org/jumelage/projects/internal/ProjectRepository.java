package org.jumelage.projects.internal;

import java.util.List;

import org.jumelage.projects.ProjectStatus;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProjectRepository extends MongoRepository<Project, String> {

    List<Project> findByStatus(ProjectStatus status);

    /** Whether the organisation ever submitted a project, whatever became of it since. */
    boolean existsByOrganisationIdAndSubmittedAtNotNull(String organisationId);
}
