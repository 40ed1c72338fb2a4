package org.expodesk.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;

/** Date pickers that speak the user's language: Chinese month and weekday names, ISO dates, weeks from Monday. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(AppLocales.isChinese(locale) ? Locale.CHINA : Locale.UK);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("yyyy-MM-dd");
        if (AppLocales.isChinese(locale)) {
            i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"));
            i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
            i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
            i18n.setToday("今天");
            i18n.setCancel("取消");
        } else {
            i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"));
            i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
            i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
            i18n.setToday("Today");
            i18n.setCancel("Cancel");
        }
        picker.setI18n(i18n);
        return picker;
    }
}
