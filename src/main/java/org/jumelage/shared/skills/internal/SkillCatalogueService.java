package org.jumelage.shared.skills.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.skills.SkillCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The packaged catalogue merged with the custom skills stored in MongoDB, kept in memory as one
 * immutable snapshot that is swapped after every change (one application node). Reads never touch
 * the database once the snapshot is loaded.
 */
@Service
public class SkillCatalogueService implements SkillCatalogue {

    static final String RESOURCE = "skills/catalogue-v1.csv";
    private static final Logger log = LoggerFactory.getLogger(SkillCatalogueService.class);

    private final PackagedSkills packaged;
    private final CustomSkillRepository customSkills;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private final Object reloadLock = new Object();

    public SkillCatalogueService(CustomSkillRepository customSkills) {
        this.customSkills = customSkills;
        this.packaged = PackagedSkills.load(RESOURCE);
        log.info("Skill catalogue version {}: {} packaged skills", packaged.version(), packaged.skills().size());
    }

    @Override
    public List<Skill> all() {
        return current().all();
    }

    @Override
    public Optional<Skill> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().byCode().get(code));
    }

    /** The version of the packaged catalogue, from the first line of its resource. */
    public String packagedVersion() {
        return packaged.version();
    }

    /** Reads the custom skills again and publishes a new snapshot; called after every change. */
    public void refresh() {
        synchronized (reloadLock) {
            snapshot.set(load());
        }
    }

    private Snapshot current() {
        Snapshot loaded = snapshot.get();
        if (loaded != null) {
            return loaded;
        }
        synchronized (reloadLock) {
            // Another thread may have loaded it (or refreshed after a change) while this one waited.
            loaded = snapshot.get();
            if (loaded == null) {
                loaded = load();
                snapshot.set(loaded);
            }
            return loaded;
        }
    }

    private Snapshot load() {
        Map<String, Skill> byCode = new LinkedHashMap<>();
        packaged.skills().forEach(s -> byCode.put(s.code(), s));
        customSkills.findAll().stream().map(CustomSkill::toSkill).forEach(custom -> {
            if (byCode.putIfAbsent(custom.code(), custom) != null) {
                // A later catalogue version adopted a code a coordinator had added: the packaged one wins.
                log.warn("Custom skill {} is shadowed by the packaged catalogue", custom.code());
            }
        });
        Collator french = Collator.getInstance(Languages.FRENCH);
        List<Skill> ordered = byCode.values().stream()
                .sorted(Comparator.comparing(Skill::family)
                        .thenComparing(Skill::labelFr, french)
                        .thenComparing(Skill::code))
                .toList();
        return new Snapshot(ordered, Map.copyOf(byCode));
    }

    private record Snapshot(List<Skill> all, Map<String, Skill> byCode) {
    }
}
