package org.expodesk.reception;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpAnswer;
import org.expodesk.guest.Travel;
import org.expodesk.reception.domain.Hotel;
import org.expodesk.reception.domain.HotelRepository;
import org.expodesk.reception.domain.RoomBlock;
import org.expodesk.reception.domain.RoomBlockRepository;
import org.expodesk.reception.domain.RoomNights;
import org.expodesk.reception.domain.Stay;
import org.expodesk.reception.domain.StayRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Hotels, room blocks and who sleeps where. A stay takes one room per night of the block for the guest's party
 * (companions share it); the database refuses a room night that is taken or that the block does not hold, so two
 * receptionists lodging guests at the same moment can never overbook a night. Nights the guest stays outside the
 * block are not refused but flagged as early arrival or late departure.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class LodgingService {

    /** A deadlock between two stays taking rooms in opposite order is retried this often before giving up. */
    private static final int ATTEMPTS = 4;

    private final HotelRepository hotels;
    private final RoomBlockRepository blocks;
    private final StayRepository stays;
    private final RoomNights roomNights;
    private final GuestService guests;
    private final ReceptionAccess access;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LodgingService(HotelRepository hotels, RoomBlockRepository blocks, StayRepository stays, RoomNights roomNights,
            GuestService guests, ReceptionAccess access, PlatformTransactionManager transactionManager, Clock clock) {
        this.hotels = hotels;
        this.blocks = blocks;
        this.stays = stays;
        this.roomNights = roomNights;
        this.guests = guests;
        this.access = access;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public HotelSummary createHotel(long eventId, @Valid HotelDraft draft) {
        access.require(eventId);
        if (hotels.existsByEventIdAndNameZh(eventId, draft.nameZh().strip())) {
            throw new BusinessRuleException("reception.error.hotel-exists", draft.nameZh());
        }
        return hotels.saveAndFlush(new Hotel(eventId, draft, clock.instant())).toSummary();
    }

    /** Corrects a hotel's name, address, contact or distance; its blocks and stays stay as they are. */
    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public HotelSummary updateHotel(long hotelId, @Valid HotelDraft draft) {
        Hotel hotel = hotels.findById(hotelId).orElseThrow(() -> new NotFoundException("hotel", hotelId));
        access.require(hotel.eventId());
        hotels.findByEventIdAndNameZh(hotel.eventId(), draft.nameZh().strip()).filter(h -> h.requireId() != hotelId)
                .ifPresent(h -> {
                    throw new BusinessRuleException("reception.error.hotel-exists", draft.nameZh());
                });
        hotel.apply(draft);
        return hotels.saveAndFlush(hotel).toSummary();
    }

    /**
     * Removes a hotel listed by mistake together with its room blocks; refused while any guest is lodged there
     * (their stays are cancelled first, one decision at a time).
     */
    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public void deleteHotel(long hotelId) {
        Hotel hotel = hotels.findById(hotelId).orElseThrow(() -> new NotFoundException("hotel", hotelId));
        access.require(hotel.eventId());
        List<RoomBlock> hotelBlocks = blocks.findByHotelId(hotelId);
        long lodged = hotelBlocks.isEmpty() ? 0 : stays.countByBlockIdIn(hotelBlocks.stream().map(RoomBlock::requireId).toList());
        if (lodged > 0) {
            throw new BusinessRuleException("reception.error.hotel-has-stays", hotel.nameZh(), lodged);
        }
        try {
            blocks.deleteAll(hotelBlocks); // their room slots go with them (ON DELETE CASCADE)
            hotels.delete(hotel);
            hotels.flush();
        } catch (DataIntegrityViolationException lodgedMeanwhile) {
            throw new BusinessRuleException("reception.error.hotel-has-stays", hotel.nameZh(), 1);
        }
    }

    @PreAuthorize(ReceptionAccess.TEAM)
    public List<HotelSummary> hotels(long eventId) {
        access.require(eventId);
        return hotels.findByEventIdOrderByNameZh(eventId).stream().map(Hotel::toSummary).toList();
    }

    /** Contracts rooms in a hotel; the room slots of every night are made at once. */
    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public RoomBlockSummary addBlock(@Valid RoomBlockDraft draft) {
        Hotel hotel = hotels.findById(draft.hotelId()).orElseThrow(() -> new NotFoundException("hotel", draft.hotelId()));
        access.require(hotel.eventId());
        List<String> names = draft.roomNames().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!names.isEmpty() && (names.size() != draft.rooms() || names.stream().distinct().count() != names.size())) {
            throw new BusinessRuleException("reception.error.room-names", draft.rooms(), names.size());
        }
        RoomBlock block;
        try {
            block = blocks.saveAndFlush(new RoomBlock(hotel.eventId(), hotel.requireId(), draft.roomType(), draft.firstNight(),
                    draft.nights(), draft.rooms()));
        } catch (DataIntegrityViolationException twice) {
            throw new BusinessRuleException("reception.error.block-exists", hotel.nameZh());
        }
        roomNights.createSlots(block.requireId(), draft.firstNight(), draft.nights(), draft.rooms(), names);
        return block.toSummary(hotel.nameZh());
    }

    /** Removes a block entered by mistake; refused while guests are lodged in it (the stays' key would refuse too). */
    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public void deleteBlock(long blockId) {
        RoomBlock block = blocks.findById(blockId).orElseThrow(() -> new NotFoundException("room-block", blockId));
        access.require(block.eventId());
        long lodged = stays.countByBlockId(blockId);
        if (lodged > 0) {
            throw new BusinessRuleException("reception.error.block-has-stays", hotelName(block.hotelId()), lodged);
        }
        try {
            blocks.delete(block);
            blocks.flush();
        } catch (DataIntegrityViolationException lodgedMeanwhile) {
            throw new BusinessRuleException("reception.error.block-has-stays", hotelName(block.hotelId()), 1);
        }
    }

    @PreAuthorize(ReceptionAccess.TEAM)
    public List<RoomBlockSummary> blocks(long eventId) {
        access.require(eventId);
        Map<Long, String> names = hotelNames(eventId);
        return blocks.findByEventIdOrderByHotelIdAscIdAsc(eventId).stream()
                .map(b -> b.toSummary(names.getOrDefault(b.hotelId(), ""))).toList();
    }

    /**
     * Lodges the guest's party in the block from check-in to check-out (dates of the guest's RSVP when null).
     * Every night inside the block gets a room — the same room when it is free every night — or the whole stay is
     * refused. Not itself transactional: each attempt is one transaction, retried when the database chose it as a
     * deadlock's victim.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(ReceptionAccess.TEAM)
    public StaySummary assign(long guestId, long blockId, @Nullable LocalDate checkIn, @Nullable LocalDate checkOut) {
        for (int attempt = 1; ; attempt++) {
            try {
                StaySummary stay = transactions.execute(tx -> assignOnce(guestId, blockId, checkIn, checkOut));
                if (stay == null) {
                    throw new IllegalStateException("no stay");
                }
                return stay;
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt >= ATTEMPTS) {
                    throw new BusinessRuleException("reception.error.busy");
                }
            }
        }
    }

    private StaySummary assignOnce(long guestId, long blockId, @Nullable LocalDate checkIn, @Nullable LocalDate checkOut) {
        RoomBlock block = blocks.findById(blockId).orElseThrow(() -> new NotFoundException("room-block", blockId));
        access.require(block.eventId());
        GuestSummary guest = guests.find(guestId).filter(g -> g.eventId() == block.eventId())
                .orElseThrow(() -> new NotFoundException("guest", guestId));
        LocalDate in = checkIn != null ? checkIn : dateOf(guest.arrival());
        LocalDate out = checkOut != null ? checkOut : dateOf(guest.departure());
        if (in == null || out == null) {
            throw new BusinessRuleException("reception.error.no-dates", guest.nameZh());
        }
        if (!out.isAfter(in)) {
            throw new BusinessRuleException("reception.error.check-out-before-in");
        }
        if (stays.findByGuestId(guestId).isPresent()) {
            throw new BusinessRuleException("reception.error.already-lodged", guest.nameZh());
        }
        RoomBlockSummary summary = block.toSummary(hotelName(block.hotelId()));
        LocalDate from = in.isBefore(summary.firstNight()) ? summary.firstNight() : in;
        LocalDate until = out.isAfter(summary.lastNight().plusDays(1)) ? summary.lastNight().plusDays(1) : out;
        if (!from.isBefore(until)) {
            throw new BusinessRuleException("reception.error.outside-block", summary.hotelNameZh());
        }
        Stay stay;
        try {
            stay = stays.saveAndFlush(new Stay(block.eventId(), guestId, blockId, in, out, guest.partySize(), clock.instant()));
        } catch (DataIntegrityViolationException twice) {
            throw new BusinessRuleException("reception.error.already-lodged", guest.nameZh());
        }
        Integer previous = roomFreeEveryNight(blockId, from, until);
        for (LocalDate night = from; night.isBefore(until); night = night.plusDays(1)) {
            previous = takeSomeRoom(stay.requireId(), summary, night, previous);
        }
        return toSummary(stay, summary, guest.nameZh());
    }

    /**
     * The lowest room free in every night of the stay, so the party does not change rooms when one exists; only a
     * preference — another receptionist may take it first, and the nights then fall back to any free room.
     */
    private @Nullable Integer roomFreeEveryNight(long blockId, LocalDate from, LocalDate until) {
        Set<Integer> free = new java.util.LinkedHashSet<>(roomNights.freeRooms(blockId, from));
        for (LocalDate night = from.plusDays(1); night.isBefore(until) && !free.isEmpty(); night = night.plusDays(1)) {
            free.retainAll(roomNights.freeRooms(blockId, night));
        }
        return free.isEmpty() ? null : free.iterator().next();
    }

    /** The same room as the night before when free, else the lowest free one; refused when the night is full. */
    private int takeSomeRoom(long stayId, RoomBlockSummary block, LocalDate night, @Nullable Integer previous) {
        List<Integer> candidates = new ArrayList<>(roomNights.freeRooms(block.id(), night));
        if (previous != null && candidates.remove(previous)) {
            candidates.addFirst(previous);
        }
        for (int room : candidates) {
            if (roomNights.take(stayId, block.id(), night, room)) {
                return room;
            }
        }
        throw new BusinessRuleException("reception.error.block-full", block.hotelNameZh(), night);
    }

    @Transactional
    @PreAuthorize(ReceptionAccess.TEAM)
    public void cancelStay(long stayId) {
        Stay stay = stays.findById(stayId).orElseThrow(() -> new NotFoundException("stay", stayId));
        access.require(stay.eventId());
        stays.delete(stay); // room nights go with it (ON DELETE CASCADE)
        stays.flush();
    }

    @PreAuthorize(ReceptionAccess.TEAM)
    public List<StaySummary> stays(long eventId) {
        access.require(eventId);
        Map<Long, RoomBlockSummary> byId = blocks(eventId).stream().collect(Collectors.toMap(RoomBlockSummary::id, Function.identity()));
        Map<Long, String> names = guests.all(eventId).stream().collect(Collectors.toMap(GuestSummary::id, GuestSummary::nameZh));
        return stays.findByEventIdOrderByIdAsc(eventId).stream()
                .map(s -> toSummary(s, byId.get(s.blockId()), names.getOrDefault(s.guestId(), "?"))).toList();
    }

    /** Accepted guests of the event who have no room yet, by name: the ones the team still has to lodge. */
    @PreAuthorize(ReceptionAccess.TEAM)
    public List<GuestSummary> withoutRoom(long eventId) {
        access.require(eventId);
        Set<Long> lodged = stays.findByEventIdOrderByIdAsc(eventId).stream().map(Stay::guestId).collect(Collectors.toSet());
        return guests.all(eventId).stream().filter(g -> g.answer() == RsvpAnswer.ACCEPTED && !lodged.contains(g.id())).toList();
    }

    /** Rooms taken and left per block and night: the dashboard's "rooms left per hotel and night". */
    @PreAuthorize(ReceptionAccess.TEAM)
    public List<NightLoad> loads(long eventId) {
        access.require(eventId);
        Map<Long, RoomBlockSummary> byId = blocks(eventId).stream().collect(Collectors.toMap(RoomBlockSummary::id, Function.identity()));
        return roomNights.loads(eventId).stream().map(l -> {
            RoomBlockSummary b = byId.get(l.blockId());
            return new NightLoad(l.blockId(), b.hotelId(), b.hotelNameZh(), b.roomType(), l.night(), l.rooms(), l.taken());
        }).toList();
    }

    /** Nights over capacity plus rooms with two parties in the event; the database keeps this at zero. */
    @PreAuthorize(ReceptionAccess.TEAM)
    public int capacityBreaches(long eventId) {
        access.require(eventId);
        return roomNights.breaches(eventId);
    }

    private StaySummary toSummary(Stay stay, RoomBlockSummary block, String guestName) {
        List<StaySummary.RoomNight> rooms = roomNights.ofStay(stay.requireId()).stream()
                .map(t -> new StaySummary.RoomNight(t.night(), t.roomNo(), t.roomName())).toList();
        return new StaySummary(stay.requireId(), stay.eventId(), stay.guestId(), guestName, block.id(), block.hotelId(),
                block.hotelNameZh(), block.roomType(), stay.checkIn(), stay.checkOut(), stay.persons(), rooms,
                stay.checkIn().isBefore(block.firstNight()), stay.checkOut().isAfter(block.lastNight().plusDays(1)));
    }

    private Map<Long, String> hotelNames(long eventId) {
        return hotels.findByEventIdOrderByNameZh(eventId).stream().collect(Collectors.toMap(Hotel::requireId, Hotel::nameZh));
    }

    private String hotelName(long hotelId) {
        return hotels.findById(hotelId).map(Hotel::nameZh).orElse("");
    }

    private static @Nullable LocalDate dateOf(@Nullable Travel travel) {
        return travel == null || travel.at() == null ? null : travel.at().toLocalDate();
    }
}
