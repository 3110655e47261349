package com.briefingdesk.issue;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.PrintableText;
import com.briefingdesk.kernel.ValidationException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators keep the briefing series; everyone in the office reads them. */
@Service
public class SeriesService {

    private final SeriesRepository series;
    private final PrintableText printable;

    SeriesService(SeriesRepository series, PrintableText printable) {
        this.series = series;
        this.printable = printable;
    }

    public List<BriefingSeries> all() {
        return series.findAll();
    }

    public BriefingSeries find(long id) {
        return series.find(id).orElseThrow(() -> new NotFoundException("series " + id));
    }

    @Transactional
    public BriefingSeries create(AppUser admin, SeriesSettings settings) {
        requireAdmin(admin);
        settings.validate();
        printable.require(settings.printedFields());
        if (series.findByCode(settings.getCode().strip()).isPresent()) {
            throw new ValidationException(Map.of("code", "series.code.taken"));
        }
        return find(series.insert(settings));
    }

    /** Saves a series. The serial number can be raised to carry on paper numbering, never lowered below use. */
    @Transactional
    public BriefingSeries update(AppUser admin, long id, SeriesSettings settings) {
        requireAdmin(admin);
        settings.validate();
        printable.require(settings.printedFields());
        BriefingSeries existing = find(id);
        if (settings.getLastSerial() < existing.lastSerial()) {
            throw new ValidationException(Map.of("lastSerial", "series.lastSerial.lowered"));
        }
        series.update(id, settings);
        return find(id);
    }

    private static void requireAdmin(AppUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new NotFoundException("series");
        }
    }
}
