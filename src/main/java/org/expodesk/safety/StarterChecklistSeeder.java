package org.expodesk.safety;

import java.time.Clock;
import org.expodesk.safety.domain.ChecklistTemplate;
import org.expodesk.safety.domain.ChecklistTemplateRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the starter checklists into the database at start when a template family is missing, so a new install has
 * them and an upgrade gains new ones; a family that exists is the office's and is never touched again.
 */
@Component
@Order(5)
class StarterChecklistSeeder implements ApplicationRunner {

    private final ChecklistTemplateRepository templates;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StarterChecklistSeeder(ChecklistTemplateRepository templates, TransactionTemplate transactions, Clock clock) {
        this.templates = templates;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(tx -> {
            for (StarterChecklists.Starter s : StarterChecklists.ALL) {
                if (!templates.existsByFamilyKey(s.familyKey())) {
                    templates.save(new ChecklistTemplate(s.familyKey(), 1, s.domain(), s.nameZh(), s.nameEn(),
                            s.items().stream().map(StarterChecklists::parse).toList(), clock.instant(), "ExpoDesk"));
                }
            }
        });
    }
}
