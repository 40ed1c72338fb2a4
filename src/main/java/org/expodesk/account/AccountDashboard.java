package org.expodesk.account;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.expodesk.shared.dashboard.DashboardChart;
import org.expodesk.shared.dashboard.DashboardContribution;
import org.expodesk.shared.dashboard.DashboardFigure;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * The account figures on the dashboard, for the office only: who staffs the event, and how many active
 * accounts hold each role. Everybody else gets nothing, so a volunteer's dashboard stays about their work.
 */
@Component
class AccountDashboard implements DashboardContribution {

    /** After the features' own work figures: staffing is context, not the day's task. */
    private static final int ORDER = 900;

    private final AccountService accounts;

    AccountDashboard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<DashboardFigure> figures(long eventId) {
        if (!isOffice()) {
            return List.of();
        }
        return List.of(new DashboardFigure("accounts-on-event", "account.dashboard.working-on-event",
                accounts.countWorkingOn(eventId), ORDER));
    }

    @Override
    public List<DashboardChart> charts(long eventId) {
        if (!isOffice()) {
            return List.of();
        }
        Map<Role, Long> counts = accounts.countByRoleOn(eventId);
        List<DashboardChart.Slice> slices = Arrays.stream(Role.values()).filter(role -> role != Role.ADMIN)
                .map(role -> new DashboardChart.Slice(role.messageKey(), counts.getOrDefault(role, 0L)))
                .toList();
        return List.of(new DashboardChart("accounts-by-role", "account.dashboard.by-role", DashboardChart.Kind.BAR,
                slices, ORDER));
    }

    private static boolean isOffice() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.ORGANISER);
    }
}
