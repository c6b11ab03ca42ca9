package org.jumelage.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jumelage.accounts.Role;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import jakarta.annotation.security.RolesAllowed;

/**
 * The six starter courses shipped as bundle files under {@code training/} on the class path. The
 * demo data installs and publishes them (as the platform, through the system actor); coordinators
 * install them all from the authoring view or import them one by one.
 */
@Service
public class StarterCourses {

    private final CourseAuthoring authoring;

    public StarterCourses(CourseAuthoring authoring) {
        this.authoring = authoring;
    }

    /** The bundle files, by file name. */
    public static List<Resource> bundles() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:training/*.yaml");
            List<Resource> list = new ArrayList<>(Arrays.asList(found));
            list.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Installs and publishes every starter course whose code is not taken yet; the number installed. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public int installAll() {
        int installed = 0;
        for (Resource r : bundles()) {
            try (var in = r.getInputStream()) {
                if (authoring.installStarter(CourseBundles.read(in.readAllBytes()))) {
                    installed++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return installed;
    }
}
