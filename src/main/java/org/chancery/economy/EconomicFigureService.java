package org.chancery.economy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import org.chancery.audit.AuditedRecordService;
import org.chancery.audit.AuditedRecords;
import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.KnownRecords;
import org.chancery.common.MergePatch;
import org.chancery.common.Text;
import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Writes economic figures: every change is read (period, decimals), checked (the states,
 * the currency and the source it names, then the figure's own rules), compared against the
 * version it was made on, recorded in the change log and written in one transaction, or not
 * at all.
 *
 * <p>What names something that is not there (a state, an ISO 4217 currency, a source) or
 * cannot be read is a bad request, each field named; what reads but breaks a rule of the
 * record (a negative amount, more than two decimals, a state paired with itself, a period of
 * days) is refused by the rules.
 */
@Service
@Transactional
public class EconomicFigureService extends AuditedRecordService<EconomicFigure, EconomicFigureCommand> {

    public static final String RESOURCE = "economic-figures";

    private final KnownRecords known;

    EconomicFigureService(EconomicFigures figures, KnownRecords known, ChangeLog changeLog, MergePatch mergePatch,
            Clock clock) {
        super(new AuditedRecords<>(RESOURCE, "economic figure", figures::findById, figures::saveAndFlush,
                EconomicFigureCommand::from, changeLog, clock), mergePatch, EconomicFigureCommand.class);
        this.known = known;
    }

    @Override
    public EconomicFigure create(EconomicFigureCommand command) {
        Facts facts = read(command);
        EconomicFigure figure = new EconomicFigure(command.reporter(), command.partner(), command.indicator(),
                facts.period(), facts.money(), command.qualifier(), facts.citation());
        apply(figure, command, facts);
        return records().create(figure);
    }

    @Override
    public EconomicFigure replace(long id, ExpectedVersion expected, EconomicFigureCommand command) {
        return records().update(id, expected, figure -> apply(figure, command, read(command)));
    }

    @Override
    public void delete(long id, ExpectedVersion expected, String reason) {
        records().delete(records().live(id, expected), reason);
    }

    /** The command's values read and its references checked; the figure's own rules come after. */
    private record Facts(UncertainDate period, Money money, @Nullable BigDecimal changePercent, Citation citation) {
    }

    /** @throws InvalidRequestException naming every field that cannot be read or names nothing */
    private Facts read(EconomicFigureCommand command) {
        List<InvalidParameter> problems = new ArrayList<>();
        UncertainDate period = null;
        try {
            period = UncertainDate.parseEdtf(command.period());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidParameter("period", e.getMessage()));
        }
        BigDecimal amount = decimal("amount", command.amount(), problems);
        BigDecimal changePercent = command.change() == null ? null : decimal("change.percent", command.change().percent(), problems);
        if (!isCurrency(command.currency())) {
            problems.add(new InvalidParameter("currency", "'" + command.currency() + "' is not an ISO 4217 currency code"));
        }
        Set<String> unknownStates = known.unknownStates(List.of(command.reporter(), command.partner()));
        if (unknownStates.contains(command.reporter())) {
            problems.add(new InvalidParameter("reporter", "no state has this ISO code"));
        }
        if (unknownStates.contains(command.partner())) {
            problems.add(new InvalidParameter("partner", "no state has this ISO code"));
        }
        if (!known.unknownLive(KnownRecords.Table.SOURCE, List.of(command.sourceId())).isEmpty()) {
            problems.add(new InvalidParameter("sourceId", "no source has this id"));
        }
        if (!problems.isEmpty() || period == null || amount == null) {
            throw new InvalidRequestException(problems);
        }
        return new Facts(period, new Money(amount, command.currency()), changePercent,
                new Citation(command.sourceId(), command.quotedPassage()));
    }

    private static void apply(EconomicFigure figure, EconomicFigureCommand command, Facts facts) {
        figure.revise(command.reporter(), command.partner(), command.indicator(), facts.period(), facts.money(),
                command.qualifier(), facts.citation());
        if (command.change() == null || facts.changePercent() == null) {
            figure.noChangeGiven();
        } else {
            figure.changedBy(facts.changePercent(), command.change().qualifier());
        }
        Text basis = command.basis() == null ? Text.NONE : command.basis();
        figure.basedOn(basis.en(), basis.ru());
    }

    private static @Nullable BigDecimal decimal(String field, String text, List<InvalidParameter> problems) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new InvalidParameter(field, "'" + text + "' is not a decimal number, such as 162000000 or 12.5"));
            return null;
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
