package org.chancery.common.web;

import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Templates write uncertain dates through this bean: {@code ${@dates.format(entry.date)}}. */
@Component("dates")
public class DateDisplay {

    public String format(UncertainDate date) {
        return UncertainDateFormat.format(date, LocaleContextHolder.getLocale());
    }
}
