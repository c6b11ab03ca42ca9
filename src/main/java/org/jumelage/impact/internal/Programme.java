package org.jumelage.impact.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jumelage.impact.ProgrammeQuestion;
import org.jumelage.impact.ProgrammeView;
import org.jumelage.impact.QuestionType;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.storage.BaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A named set of projects (by their organisation's sector and region; empty sets mean any) and the
 * questions it adds after the standard survey. Questions are retired, never deleted, so the answers
 * already given keep their question.
 */
@Document("evaluation_programmes")
public class Programme extends BaseDocument {

    private String name;
    private Set<Sector> sectors = new LinkedHashSet<>();
    private Set<Region> regions = new LinkedHashSet<>();
    private List<ProgrammeQuestion> questions = new ArrayList<>();

    protected Programme() {
    }

    public Programme(String name, Set<Sector> sectors, Set<Region> regions) {
        update(name, sectors, regions);
    }

    public void update(String name, Set<Sector> sectors, Set<Region> regions) {
        this.name = name;
        this.sectors = new LinkedHashSet<>(sectors);
        this.regions = new LinkedHashSet<>(regions);
    }

    public void addQuestion(String questionId, String textFr, String textEn, QuestionType type) {
        questions.add(new ProgrammeQuestion(questionId, getId(), textFr, textEn, type, false));
    }

    public boolean retireQuestion(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            ProgrammeQuestion q = questions.get(i);
            if (q.id().equals(questionId)) {
                questions.set(i, new ProgrammeQuestion(q.id(), q.programmeId(), q.textFr(), q.textEn(), q.type(), true));
                return true;
            }
        }
        return false;
    }

    public ProgrammeView toView() {
        return new ProgrammeView(getId(), getVersion() == null ? 0 : getVersion(), name, sectors, regions, questions);
    }

    public String getName() {
        return name;
    }
}
