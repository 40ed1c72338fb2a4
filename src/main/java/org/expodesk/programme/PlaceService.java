package org.expodesk.programme;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.programme.domain.ProgrammePlace;
import org.expodesk.programme.domain.ProgrammePlaceRepository;
import org.expodesk.programme.domain.ProgrammeSessionRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The places sessions use: the event's halls (kept by the booth module) and its own named meeting rooms and outside
 * addresses (a hotel's banquet hall, a factory on a site visit), named once and chosen from a list afterwards.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PlaceService {

    private final ProgrammePlaceRepository places;
    private final ProgrammeSessionRepository sessions;
    private final HallService halls;
    private final EventAccessPolicy access;

    PlaceService(ProgrammePlaceRepository places, ProgrammeSessionRepository sessions, HallService halls, EventAccessPolicy access) {
        this.places = places;
        this.sessions = sessions;
        this.halls = halls;
        this.access = access;
    }

    /** Halls first (in their display order), then rooms and outside places. */
    @PreAuthorize(ProgrammeService.READERS)
    public List<PlaceSummary> places(long eventId) {
        access.requireAccess(eventId);
        List<PlaceSummary> all = new ArrayList<>();
        for (HallSummary hall : halls.halls(eventId)) {
            all.add(new PlaceSummary(PlaceKind.HALL, hall.id(), eventId, hall.nameZh(), hall.nameEn(), null, hall.capacity(),
                    hall.sortOrder(), hall.version()));
        }
        places.findByEventIdOrderBySortOrderAscNameZhAsc(eventId).forEach(p -> all.add(p.toSummary()));
        return all;
    }

    /** The place of the event named by kind and id, if the caller may see it. */
    @PreAuthorize(ProgrammeService.READERS)
    public Optional<PlaceSummary> find(long eventId, PlaceKind kind, long id) {
        access.requireAccess(eventId);
        if (kind == PlaceKind.HALL) {
            return halls.find(id).filter(h -> h.eventId() == eventId).map(hall -> new PlaceSummary(PlaceKind.HALL, hall.id(),
                    eventId, hall.nameZh(), hall.nameEn(), null, hall.capacity(), hall.sortOrder(), hall.version()));
        }
        return places.findById(id).filter(p -> p.eventId() == eventId).map(ProgrammePlace::toSummary)
                .filter(p -> p.kind() == kind);
    }

    @PreAuthorize(Roles.OFFICE)
    public PlaceDraft draftOf(long placeId) {
        return load(placeId).toDraft();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public PlaceSummary create(long eventId, @Valid PlaceDraft draft) {
        access.requireAccess(eventId);
        checkKind(draft);
        checkNameFree(eventId, draft.getNameZh().strip(), null);
        return places.saveAndFlush(new ProgrammePlace(eventId, draft)).toSummary();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public PlaceSummary update(long placeId, @Valid PlaceDraft draft) {
        ProgrammePlace place = load(placeId);
        if (draft.getVersion() != null && draft.getVersion() != place.getVersion()) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        checkKind(draft);
        checkNameFree(place.eventId(), draft.getNameZh().strip(), placeId);
        place.apply(draft);
        return places.saveAndFlush(place).toSummary();
    }

    /** Only a place no session uses can be removed: a printed programme must not lose its places. */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public void delete(long placeId) {
        ProgrammePlace place = load(placeId);
        if (sessions.existsByPlaceId(placeId)) {
            throw new BusinessRuleException("programme.error.place-in-use", place.nameZh());
        }
        places.delete(place);
    }

    private ProgrammePlace load(long placeId) {
        ProgrammePlace place = places.findById(placeId).orElseThrow(() -> new NotFoundException("programme-place", placeId));
        access.requireAccess(place.eventId());
        return place;
    }

    private static void checkKind(PlaceDraft draft) {
        if (draft.getKind() == PlaceKind.HALL) {
            throw new BusinessRuleException("programme.error.halls-in-booths");
        }
        if (draft.getKind() == PlaceKind.OUTSIDE && (draft.getAddress() == null || draft.getAddress().isBlank())) {
            throw new BusinessRuleException("programme.error.outside-needs-address");
        }
    }

    private void checkNameFree(long eventId, String nameZh, @Nullable Long self) {
        places.findByEventIdAndNameZh(eventId, nameZh).filter(p -> self == null || p.requireId() != self).ifPresent(p -> {
            throw new BusinessRuleException("programme.error.place-name-taken", nameZh);
        });
    }
}
