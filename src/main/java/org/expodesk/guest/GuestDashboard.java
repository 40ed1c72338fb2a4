package org.expodesk.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.expodesk.shared.dashboard.DashboardChart;
import org.expodesk.shared.dashboard.DashboardContribution;
import org.expodesk.shared.dashboard.DashboardFigure;
import org.expodesk.shared.security.EventAccessPolicy;
import org.springframework.stereotype.Component;

/**
 * Guests on the dashboard: how many are invited and coming, each campaign's invitations by status against its target
 * (the part still missing to the target shown grey), and who has accepted per inviting unit (the units' work).
 */
@Component
class GuestDashboard implements DashboardContribution {

    static final int ORDER = 300;

    private final GuestService guests;
    private final CampaignService campaigns;
    private final EventAccessPolicy access;

    GuestDashboard(GuestService guests, CampaignService campaigns, EventAccessPolicy access) {
        this.guests = guests;
        this.campaigns = campaigns;
        this.access = access;
    }

    @Override
    public List<DashboardFigure> figures(long eventId) {
        if (!mayView(eventId)) {
            return List.of();
        }
        GuestCounts counts = guests.counts(eventId);
        return List.of(new DashboardFigure("guests", "guest.dashboard.guests", counts.guests(), ORDER),
                new DashboardFigure("guests-accepted", "guest.dashboard.accepted", counts.accepted(), ORDER + 1));
    }

    @Override
    public List<DashboardChart> charts(long eventId) {
        if (!mayView(eventId)) {
            return List.of();
        }
        List<DashboardChart> charts = new ArrayList<>();
        List<CampaignSummary> all = campaigns.campaigns(eventId);
        if (!all.isEmpty()) {
            List<DashboardChart.Slice> slices = new ArrayList<>();
            List<Long> accepted = new ArrayList<>();
            List<Long> declined = new ArrayList<>();
            List<Long> waiting = new ArrayList<>();
            List<Long> missing = new ArrayList<>();
            for (CampaignSummary c : all) {
                long yes = c.count(InvitationStatus.ACCEPTED);
                long no = c.count(InvitationStatus.DECLINED) + c.count(InvitationStatus.NO_ANSWER);
                long open = c.invited() - yes - no;
                long toTarget = Math.max(0, c.targetCount() - c.invited());
                slices.add(new DashboardChart.Slice("guest.dashboard.campaign", yes + no + open + toTarget, List.of(c.nameZh())));
                accepted.add(yes);
                declined.add(no);
                waiting.add(open);
                missing.add(toTarget);
            }
            charts.add(new DashboardChart("guest-campaigns", "guest.dashboard.by-campaign", DashboardChart.Kind.STACKED_BAR, slices, ORDER,
                    List.of(new DashboardChart.Series("guest.status.accepted", accepted, "#2e7d32"),
                            new DashboardChart.Series("guest.dashboard.waiting", waiting, "#1976d2"),
                            new DashboardChart.Series("guest.dashboard.declined", declined, "#c62828"),
                            new DashboardChart.Series("guest.dashboard.to-target", missing, "#bdbdbd"))));
        }
        Map<String, Long> byUnit = guests.acceptedByUnit(eventId);
        if (!byUnit.isEmpty()) {
            List<DashboardChart.Slice> slices = new ArrayList<>();
            byUnit.forEach((unit, count) -> slices.add(new DashboardChart.Slice("guest.dashboard.unit", count, List.of(unit))));
            charts.add(new DashboardChart("guest-units", "guest.dashboard.by-unit", DashboardChart.Kind.BAR, slices, ORDER + 1));
        }
        return charts;
    }

    private boolean mayView(long eventId) {
        return GuestAccess.isManager() && access.canAccess(eventId);
    }
}
