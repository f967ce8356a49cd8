package org.chancery.event.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code chancery.events.upload.*}: the file {@code /events/upload} takes.
 *
 * @param maxFileSize the largest file the page reads; a larger one is refused with a form
 *                    error (keep it below {@code spring.servlet.multipart.max-file-size}, or
 *                    the container answers a bare 413 first)
 * @param jobAbove    a larger file is imported as a job whose page shows its progress; a smaller
 *                    one is answered at once
 */
@ConfigurationProperties("chancery.events.upload")
record EventUploadProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("256KB") DataSize jobAbove) {
}
