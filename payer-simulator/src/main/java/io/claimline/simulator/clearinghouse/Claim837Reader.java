package io.claimline.simulator.clearinghouse;

import io.claimline.simulator.clearinghouse.ClaimFile.ClaimSet;
import io.claimline.simulator.clearinghouse.ClaimFile.ServiceLine;
import io.claimline.simulator.clearinghouse.ClaimFile.SetError;
import io.claimline.simulator.clearinghouse.ClaimFile.SubmittedClaim;
import io.claimline.simulator.x12.Segment;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an 837P (005010X222A1) interchange with StAEDI: the envelope's control structure (counts and control
 * numbers) by StAEDI's control schema, each transaction set against the implementation schema
 * {@value #SCHEMA}. That schema (and the dictionary it includes) is the x12 module's resource, loaded by URL from
 * its jar on the class path: one profile for the claims Claimline writes and the claims this clearinghouse checks.
 * None of the x12 module's classes is used: the segments, the errors (with their loop and element for a 999) and
 * the claims are this class's own reading, so a bug in the 837 writer cannot hide behind the same bug here.
 */
final class Claim837Reader {

    static final String SCHEMA = "x12/005010X222A1/837.xml";
    static final String IMPLEMENTATION = "005010X222A1";

    /** TA105 codes this reader answers with. */
    static final String NOTE_CONTROL_NUMBER_MISMATCH = "001";
    static final String NOTE_GROUP_COUNT = "021";
    static final String NOTE_PREMATURE_END = "023";
    static final String NOTE_INVALID_CONTENT = "024";

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final Schema SCHEMA_837 = loadSchema();

    private final int maxSegments;

    Claim837Reader(int maxSegments) {
        this.maxSegments = maxSegments;
    }

    /**
     * @throws UnreadableClaimFileException when not even an interchange header can be read (nothing can be
     *         acknowledged); every other problem is in the returned file, for a TA1 or a 999 to report
     */
    ClaimFile read(byte[] bytes) throws UnreadableClaimFileException {
        Parse parse = new Parse();
        try {
            parse.run(bytes);
            parse.flushSet();
        } catch (EDIStreamException | IOException | RuntimeException e) {
            // StAEDI's messages quote the input, which may be PHI: only a code leaves this class. Input that
            // breaks off before any IEA was cut short; anything else that breaks the reader is invalid content.
            parse.note(containsTrailer(bytes) ? NOTE_INVALID_CONTENT : NOTE_PREMATURE_END);
            parse.flushSet();
        }
        Segment isa = parse.isa != null ? parse.isa : rawIsa(bytes);
        if (isa == null) {
            throw new UnreadableClaimFileException("no interchange header (ISA) could be read");
        }
        if (parse.noteCode == null && !parse.ended) {
            parse.note(NOTE_PREMATURE_END);
        }
        if (parse.noteCode == null && (parse.groups != 1 || parse.gs == null
                || !parse.gs.element(1).equals("HC") || !parse.gs.element(8).equals(IMPLEMENTATION)
                || parse.sets.isEmpty())) {
            // One functional group of 005010X222A1 claims with at least one set per file is what we accept.
            parse.note(NOTE_INVALID_CONTENT);
        }
        return new ClaimFile(isa, parse.gs, parse.noteCode, parse.groupErrorCode, parse.sets);
    }

    private static boolean containsTrailer(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return text.length() > 106 && text.contains("IEA" + text.charAt(3));
    }

    /** The ISA by its fixed layout, for a TA1 about a file StAEDI could not read to its first segment's end. */
    private static Segment rawIsa(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1).stripLeading();
        if (text.length() < 106 || !text.startsWith("ISA")) {
            return null;
        }
        String separator = String.valueOf(text.charAt(3));
        String[] parts = text.substring(0, 105).split(java.util.regex.Pattern.quote(separator), -1);
        if (parts.length != 17) {
            return null;
        }
        List<List<String>> elements = Arrays.stream(parts).skip(1).map(List::of).toList();
        return new Segment("ISA", 0, elements);
    }

    private final class Parse {
        private Segment isa;
        private Segment gs;
        private int groups;
        private boolean ended;
        private String noteCode;
        private String groupErrorCode;
        private final List<ClaimSet> sets = new ArrayList<>();

        private int position; // in the interchange, ISA = 1
        private int stPosition; // 0 outside a set
        private final Deque<String> loops = new ArrayDeque<>();
        private String tag;
        private List<List<String>> elements;
        private List<Read> setSegments;
        private List<SetError> setErrors;
        private String setErrorCode;

        void note(String code) {
            if (noteCode == null) {
                noteCode = code;
            }
        }

        void run(byte[] bytes) throws EDIStreamException, IOException {
            EDIInputFactory factory = EDIInputFactory.newFactory();
            factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
            factory.setProperty(EDIInputFactory.EDI_NEST_HIERARCHICAL_LOOPS, false);
            factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
            try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(bytes))) {
                while (reader.hasNext()) {
                    if (!handle(reader, reader.next())) {
                        return;
                    }
                }
            }
        }

        private boolean handle(EDIStreamReader reader, EDIStreamEvent event) throws EDIStreamException {
            switch (event) {
                case START_GROUP -> groups++;
                case END_GROUP -> flushSet();
                case START_TRANSACTION -> {
                    flushSet();
                    reader.setTransactionSchema(SCHEMA_837);
                    loops.clear();
                    setSegments = new ArrayList<>();
                    setErrors = new ArrayList<>();
                    setErrorCode = null;
                }
                case START_LOOP -> loops.push(String.valueOf(reader.getReferenceCode()));
                case END_LOOP -> loops.poll();
                case START_SEGMENT -> {
                    position++;
                    if (position > maxSegments) {
                        note(NOTE_INVALID_CONTENT);
                        return false;
                    }
                    tag = reader.getText();
                    elements = new ArrayList<>();
                    if (tag.equals("ST")) {
                        stPosition = position;
                    }
                }
                case ELEMENT_DATA -> put(reader.getLocation(), reader.getText());
                case END_SEGMENT -> endSegment();
                case END_TRANSACTION -> {
                    // kept open: StAEDI may report SE's count and control number after the set's end
                }
                case END_INTERCHANGE -> ended = true;
                case SEGMENT_ERROR -> segmentError(reader);
                case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> elementError(reader);
                default -> {
                    // composites and the interchange's start: the segments say it all
                }
            }
            return true;
        }

        private void put(Location location, String text) {
            int element = location.getElementPosition();
            if (elements == null || element < 1 || location.getElementOccurrence() > 1) {
                return; // repetitions beyond the first carry nothing the answers need
            }
            while (elements.size() < element) {
                elements.add(new ArrayList<>());
            }
            List<String> components = elements.get(element - 1);
            int component = Math.max(location.getComponentPosition(), 1);
            while (components.size() < component) {
                components.add("");
            }
            components.set(component - 1, text == null ? "" : text);
        }

        private void endSegment() {
            if (tag == null) {
                return;
            }
            int inSet = stPosition > 0 ? position - stPosition + 1 : 0;
            Segment segment = new Segment(tag, inSet, elements);
            switch (tag) {
                case "ISA" -> isa = segment;
                case "GS" -> gs = gs == null ? segment : gs;
                default -> {
                    if (setSegments != null && stPosition > 0) {
                        setSegments.add(new Read(segment, loops.isEmpty() ? "" : loops.peek()));
                    }
                }
            }
            if (tag.equals("SE")) {
                stPosition = 0;
            }
            tag = null;
            elements = null;
        }

        private int positionInSet() {
            return stPosition > 0 ? position - stPosition + 1 : 0;
        }

        private void segmentError(EDIStreamReader reader) {
            String segment = reader.getText() != null && reader.getText().matches("[A-Z][A-Z0-9]{1,2}")
                    ? reader.getText() : (tag == null ? "ST" : tag);
            if (setErrors == null || stPosition == 0) {
                // a segment out of place in the envelope itself (GE or IEA missing, a stray segment)
                note(NOTE_INVALID_CONTENT);
                return;
            }
            String code = switch (reader.getErrorType()) {
                case UNEXPECTED_SEGMENT, IMPLEMENTATION_UNUSED_SEGMENT_PRESENT,
                        IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT -> "2";
                case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES,
                        IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE -> "3";
                case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "4";
                case SEGMENT_EXCEEDS_MAXIMUM_USE -> "5";
                case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> "6";
                case SEGMENT_NOT_IN_PROPER_SEQUENCE -> "7";
                default -> "1";
            };
            setErrors.add(new SetError(segment, Math.max(positionInSet(), 1), loops.isEmpty() ? "" : loops.peek(),
                    code, 0, 0, "", ""));
            setErrorCode = "5";
        }

        private void elementError(EDIStreamReader reader) {
            Location location = reader.getLocation();
            String segment = location.getSegmentTag() == null ? "" : location.getSegmentTag();
            EDIStreamValidationError error = reader.getErrorType();
            boolean count = error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT;
            boolean reference = error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH;
            switch (segment) {
                case "ISA", "GS" -> note(NOTE_INVALID_CONTENT);
                case "IEA" -> note(count ? NOTE_GROUP_COUNT : reference ? NOTE_CONTROL_NUMBER_MISMATCH
                        : NOTE_INVALID_CONTENT);
                case "GE" -> {
                    // AK905: 5 = set count differs, 4 = group control numbers differ
                    if (groupErrorCode == null) {
                        groupErrorCode = count ? "5" : reference ? "4" : "1";
                    }
                }
                case "SE" -> {
                    if (setErrors != null) {
                        // IK502: 4 = segment count differs, 3 = set control numbers differ
                        setErrorCode = count ? "4" : reference ? "3" : "5";
                        if (!count && !reference) {
                            setErrors.add(elementProblem(reader, location, segment));
                        }
                    }
                }
                default -> {
                    if (setErrors == null || stPosition == 0) {
                        note(NOTE_INVALID_CONTENT);
                        return;
                    }
                    setErrors.add(elementProblem(reader, location, segment));
                    if (setErrorCode == null || setErrorCode.equals("5")) {
                        setErrorCode = "5";
                    }
                }
            }
        }

        private SetError elementProblem(EDIStreamReader reader, Location location, String segment) {
            String code = switch (reader.getErrorType()) {
                case REQUIRED_DATA_ELEMENT_MISSING -> "1";
                case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> "2";
                case TOO_MANY_DATA_ELEMENTS -> "3";
                case DATA_ELEMENT_TOO_SHORT -> "4";
                case DATA_ELEMENT_TOO_LONG -> "5";
                case INVALID_CHARACTER_DATA -> "6";
                case INVALID_DATE -> "8";
                case INVALID_TIME -> "9";
                case EXCLUSION_CONDITION_VIOLATED -> "10";
                case TOO_MANY_REPETITIONS -> "12";
                case TOO_MANY_COMPONENTS -> "13";
                case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT -> "I10";
                case IMPLEMENTATION_TOO_FEW_REPETITIONS -> "I12";
                default -> "7";
            };
            return new SetError(segment, Math.max(positionInSet(), 1), loops.isEmpty() ? "" : loops.peek(), "8",
                    Math.max(location.getElementPosition(), 1), Math.max(location.getComponentPosition(), 0),
                    elementReference(reader), code);
        }

        /** Closes the set read last, once nothing more can be reported about it. */
        void flushSet() {
            if (setSegments == null) {
                return;
            }
            Segment st = setSegments.isEmpty() ? new Segment("ST", 1, List.of()) : setSegments.get(0).segment();
            sets.add(new SetReading(st, setSegments).claimSet(setErrors, setErrorCode));
            setSegments = null;
            setErrors = null;
        }
    }

    /** IK402: the data element's number in the dictionary (e.g. 67 for NM109), "" when StAEDI cannot tell. */
    private static String elementReference(EDIStreamReader reader) {
        try {
            EDIReference reference = reader.getSchemaTypeReference();
            String code = reference == null ? null : reference.getReferencedType().getCode();
            return code == null || !code.matches("\\d{1,4}") ? "" : code;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private record Read(Segment segment, String loop) {
    }

    /** Walks one set's segments in order and collects its claims with the context each needs. */
    private static final class SetReading {
        private final Segment st;
        private final List<Read> segments;
        private final List<SubmittedClaim> claims = new ArrayList<>();
        private final Map<String, Integer> positions = new HashMap<>();
        private String submitterName = "";
        private String submitterId = "";
        private String batchReference = "";
        private String providerName = "";
        private String providerNpi = "";
        private String memberId;
        private String subscriberLast = "";
        private String subscriberFirst = "";
        private String payerId = "";
        private String payerName = "";
        private String patientLast;
        private String patientFirst;
        private Claim claim;

        SetReading(Segment st, List<Read> segments) {
            this.st = st;
            this.segments = segments;
        }

        ClaimSet claimSet(List<SetError> errors, String setErrorCode) {
            for (Read read : segments) {
                take(read.segment(), read.loop());
            }
            finishClaim();
            return new ClaimSet(st, errors, setErrorCode, submitterName, submitterId, batchReference, claims);
        }

        private void take(Segment segment, String loop) {
            switch (segment.tag()) {
                case "BHT" -> batchReference = segment.element(3);
                case "HL" -> hierarchicalLevel(segment.element(3));
                case "NM1" -> name(segment, loop);
                case "CLM" -> {
                    finishClaim();
                    forget("2300", "2310", "2400");
                    claim = new Claim(segment.element(1), amount(segment.element(2)));
                }
                case "SV1" -> {
                    if (claim != null) {
                        claim.lines.add(new Line(amount(segment.element(2))));
                    }
                }
                case "REF" -> {
                    if (claim != null && loop.equals("2400") && segment.element(1).equals("6R")
                            && !claim.lines.isEmpty()) {
                        claim.lines.get(claim.lines.size() - 1).control = segment.element(2);
                    }
                }
                case "DTP" -> {
                    if (claim != null && loop.equals("2400") && segment.element(1).equals("472")
                            && !claim.lines.isEmpty()) {
                        claim.lines.get(claim.lines.size() - 1).dates(segment.element(3));
                    }
                }
                case "SE" -> finishClaim();
                default -> {
                    // other segments: only their positions matter
                }
            }
            positions.putIfAbsent(loop + ":" + segment.tag(), segment.positionInSet());
        }

        private void hierarchicalLevel(String level) {
            finishClaim();
            switch (level) {
                case "20" -> {
                    forget("2000A", "2010A", "2000B", "2010B", "2000C", "2010C", "2300", "2310", "2400");
                    providerName = "";
                    providerNpi = "";
                }
                case "22" -> {
                    forget("2000B", "2010B", "2000C", "2010C", "2300", "2310", "2400");
                    memberId = null;
                    payerId = "";
                    payerName = "";
                    patientLast = null;
                    patientFirst = null;
                }
                default -> {
                    forget("2000C", "2010C", "2300", "2310", "2400");
                    patientLast = null;
                    patientFirst = null;
                }
            }
        }

        private void name(Segment segment, String loop) {
            switch (loop) {
                case "1000A" -> {
                    submitterName = segment.element(3);
                    submitterId = segment.element(9);
                }
                case "2010AA" -> {
                    providerName = segment.element(3);
                    providerNpi = segment.element(9);
                }
                case "2010BA" -> {
                    subscriberLast = segment.element(3);
                    subscriberFirst = segment.element(4);
                    memberId = segment.element(9);
                }
                case "2010BB" -> {
                    payerName = segment.element(3);
                    payerId = segment.element(9);
                }
                case "2010CA" -> {
                    patientLast = segment.element(3);
                    patientFirst = segment.element(4);
                }
                default -> {
                    // rendering provider and others: not in the answers
                }
            }
        }

        private void forget(String... loopPrefixes) {
            positions.keySet().removeIf(key -> Arrays.stream(loopPrefixes).anyMatch(key::startsWith));
        }

        private void finishClaim() {
            if (claim == null) {
                return;
            }
            boolean self = patientLast == null;
            claims.add(new SubmittedClaim(st.element(2), claim.patientControlNumber, claim.total, memberId,
                    payerId, payerName, providerName, providerNpi, self ? subscriberLast : patientLast,
                    self ? subscriberFirst : patientFirst, self,
                    claim.lines.stream().map(line -> new ServiceLine(line.charge, line.control, line.from, line.to))
                            .toList(),
                    positions));
            claim = null;
        }

        private static BigDecimal amount(String text) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                return BigDecimal.ZERO; // the schema reports it; a set with errors gets no 277CA
            }
        }
    }

    private static final class Claim {
        private final String patientControlNumber;
        private final BigDecimal total;
        private final List<Line> lines = new ArrayList<>();

        Claim(String patientControlNumber, BigDecimal total) {
            this.patientControlNumber = patientControlNumber;
            this.total = total;
        }
    }

    private static final class Line {
        private final BigDecimal charge;
        private String control = "";
        private LocalDate from;
        private LocalDate to;

        Line(BigDecimal charge) {
            this.charge = charge;
        }

        void dates(String value) {
            try {
                String[] range = value.split("-");
                from = LocalDate.parse(range[0], CCYYMMDD);
                to = range.length > 1 ? LocalDate.parse(range[1], CCYYMMDD) : from;
            } catch (DateTimeParseException e) {
                // the schema reports a bad date; a set with errors gets no 277CA
            }
        }
    }

    private static Schema loadSchema() {
        URL url = Claim837Reader.class.getClassLoader().getResource(SCHEMA);
        if (url == null) {
            throw new IllegalStateException("the 837P schema is not on the class path: " + SCHEMA);
        }
        SchemaFactory factory = SchemaFactory.newFactory();
        // Its include of ../005010/dictionary.xml resolves against its own URL, in a directory or a nested jar.
        factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, url);
        try (InputStream in = url.openStream()) {
            return factory.createSchema(in);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("invalid 837P schema " + SCHEMA, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
