#!/usr/bin/env node
// Checks Adaptive Cards with the official renderer library (npm `adaptivecards`, pinned in package.json).
//
// Input (stdin): one card object, or a JSON array of card objects.
// Output (stdout): one JSON object per card, one per line, in input order:
//   { "index": 0, "sizeBytes": 1234, "parseEvents": [...], "validationEvents": [...], "suppressed": [...] }
// where each event is { "phase", "source", "event", "message" }. "suppressed" lists events the library
// raised that are known to be valid in Teams (see TEAMS_FALSE_POSITIVES); they are not problems.
// Exit code: 0 every card is clean, 1 at least one card has events, 2 the input could not be read.
//
// Usage: node tests/card-validator/validate.js < cards.json
"use strict";

// The package's default entry point loads ES modules that Node cannot resolve; the webpack bundle works
// and needs no DOM for parsing and validation.
const AC = require("adaptivecards/dist/adaptivecards.js");

// Teams renders Adaptive Cards up to schema 1.5. Parse with 1.5 as the target version, so elements and
// properties introduced later (1.6) are reported, and refuse cards that declare a version above 1.5.
// Both settings are read when objects are created, so set them before any card exists.
const TEAMS_MAX_VERSION = AC.Versions.v1_5;
AC.SerializableObject.defaultMaxVersion = TEAMS_MAX_VERSION;

// Events the library raises for things Teams documents as valid. Keep this list short and exact.
const TEAMS_FALSE_POSITIVES = [
    {
        // Teams' dynamic typeahead search puts `choices.data` (a Data.Query) on Input.ChoiceSet in cards
        // of version 1.2 to 1.5 (Teams docs, "Typeahead search in Adaptive Cards"); the library only
        // knows the property from schema 1.6 on and reports it as unsupported in a 1.5 card.
        why: "Input.ChoiceSet choices.data (Teams dynamic typeahead) is valid in Teams 1.5 cards",
        matches: (e) =>
            e.event === AC.ValidationEvent.UnsupportedProperty &&
            e.source instanceof AC.ChoiceSetInput &&
            e.message.startsWith('Property "choices.data" '),
    },
    {
        // Teams renders chart elements (Chart.HorizontalBar, Chart.VerticalBar, Chart.Donut, …; Teams docs, "Charts in
        // Adaptive Cards"); the library does not know them. Each must carry a fallback for other hosts: a chart
        // without one is reported separately (ChartWithoutFallback below), and the fallback itself is parsed as usual.
        why: "Teams chart elements (Chart.*) are valid in Teams; other hosts show their fallback",
        matches: (e) =>
            e.event === AC.ValidationEvent.UnknownElementType &&
            /^Unknown element type "Chart\.[A-Za-z.]+"/.test(e.message),
    },
];
// Checked by experiment with adaptivecards 3.0.6 and so not filtered: the card-level `msteams`
// property and `$schema` raise no event (unknown properties are ignored), Action.Execute (verb, data)
// and `refresh` with an Action.Execute are known to the library (schema 1.4) and raise no event.

function describeSource(source) {
    if (!source) {
        return null;
    }
    let type;
    if (typeof source.getJsonTypeName === "function") {
        type = source.getJsonTypeName();
    } else if (typeof source.getSchemaKey === "function") {
        type = source.getSchemaKey();
    } else {
        type = source.constructor ? source.constructor.name : typeof source;
    }
    return source.id ? `${type}#${source.id}` : type;
}

function toResultEvent(e) {
    return {
        phase: AC.ValidationPhase[e.phase],
        source: describeSource(e.source),
        event: AC.ValidationEvent[e.event],
        message: e.message,
    };
}

// Every Teams chart element (type Chart.*) in the card that has no fallback.
function chartsWithoutFallback(node) {
    if (Array.isArray(node)) {
        return node.flatMap(chartsWithoutFallback);
    }
    if (node === null || typeof node !== "object") {
        return [];
    }
    const own = typeof node.type === "string" && node.type.startsWith("Chart.") && node.fallback === undefined ? [node.type] : [];
    return own.concat(Object.values(node).flatMap(chartsWithoutFallback));
}

function check(card, index) {
    const result = {
        index,
        sizeBytes: Buffer.byteLength(JSON.stringify(card) ?? "", "utf8"),
        parseEvents: [],
        validationEvents: [],
        suppressed: [],
    };
    chartsWithoutFallback(card).forEach((type) => result.parseEvents.push({
        phase: "Parse",
        source: type,
        event: "ChartWithoutFallback",
        message: `A ${type} element needs a fallback for hosts other than Teams.`,
    }));

    if (card === null || typeof card !== "object" || Array.isArray(card)) {
        result.parseEvents.push({
            phase: "Parse",
            source: null,
            event: "NotAnObject",
            message: "A card must be a JSON object.",
        });
        return result;
    }

    const keep = (e, list) => {
        const falsePositive = TEAMS_FALSE_POSITIVES.find((f) => f.matches(e));
        if (falsePositive) {
            result.suppressed.push({ ...toResultEvent(e), why: falsePositive.why });
        } else {
            list.push(toResultEvent(e));
        }
    };

    try {
        const adaptiveCard = new AC.AdaptiveCard();
        const context = new AC.SerializationContext(TEAMS_MAX_VERSION);
        adaptiveCard.parse(card, context);
        for (let i = 0; i < context.eventCount; i++) {
            keep(context.getEventAt(i), result.parseEvents);
        }
        for (const e of adaptiveCard.validateProperties().validationEvents) {
            keep(e, result.validationEvents);
        }
    } catch (error) {
        result.parseEvents.push({
            phase: "Parse",
            source: null,
            event: "Exception",
            message: `The library threw while reading the card: ${error && error.message ? error.message : error}`,
        });
    }
    return result;
}

function readStdin() {
    return new Promise((resolve, reject) => {
        const chunks = [];
        process.stdin.on("data", (chunk) => chunks.push(chunk));
        process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        process.stdin.on("error", reject);
    });
}

async function main() {
    let input;
    try {
        input = JSON.parse(await readStdin());
    } catch (error) {
        process.stderr.write(`validate.js: stdin is not JSON (${error.message}). Expected a card object or an array of cards.\n`);
        return 2;
    }
    const cards = Array.isArray(input) ? input : [input];
    let anyProblem = false;
    const lines = cards.map((card, index) => {
        const result = check(card, index);
        anyProblem ||= result.parseEvents.length > 0 || result.validationEvents.length > 0;
        return JSON.stringify(result);
    });
    process.stdout.write(lines.map((line) => line + "\n").join(""));
    return anyProblem ? 1 : 0;
}

main().then(
    (code) => {
        process.exitCode = code;
    },
    (error) => {
        process.stderr.write(`validate.js: ${error && error.stack ? error.stack : error}\n`);
        process.exitCode = 2;
    }
);
