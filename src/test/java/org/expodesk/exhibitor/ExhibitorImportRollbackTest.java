package org.expodesk.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.exhibitor.ImportFiles.row;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.expodesk.event.EventSummary;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.exhibitor.domain.ExhibitorRepository;
import org.expodesk.exhibitor.domain.RegistrationChangeRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A row refused while the import is being saved (here the third, as if another office had registered that
 * company a moment before) takes back the two rows already written: the import is one transaction.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExhibitorImportRollbackTest {

    @MockitoSpyBean RegistrationService registrations;
    @Autowired ExhibitorImport imports;
    @Autowired ExhibitorRepository exhibitors;
    @Autowired RegistrationChangeRepository changes;
    @Autowired EventRepository events;
    @Autowired TransactionTemplate transactions;
    @Autowired TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_failure_on_the_third_row_rolls_back_the_first_two() {
        EventSummary event = ExhibitorFixtures.openEvent(events, transactions);
        TestData.signInAs(ExhibitorFixtures.organiserOf(data, event));
        byte[] file = ImportFiles.xlsx(row("云溪晨光五金有限公司"), row("云溪竹韵工艺品厂"), row("云溪茶叶合作社"), row("云溪陶瓷厂"));
        doCallRealMethod().doCallRealMethod().doThrow(new BusinessRuleException("exhibitor.error.already-registered", "X"))
                .when(registrations).importRegistration(anyLong(), any());
        long exhibitorRows = exhibitors.count();
        long historyRows = changes.count();

        assertThatThrownBy(() -> imports.save(event.id(), "x.xlsx", file)).isInstanceOf(BusinessRuleException.class);

        verify(registrations, times(3)).importRegistration(anyLong(), any());
        assertThat(exhibitors.count()).isEqualTo(exhibitorRows);
        assertThat(changes.count()).isEqualTo(historyRows);
    }
}
