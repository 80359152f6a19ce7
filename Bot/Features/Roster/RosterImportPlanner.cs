using System.Text.RegularExpressions;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Roster;

/// <summary>
/// Compares a campaign's roster with an import (CSV or Graph) and says what to write: people added, changed,
/// marked as left; units created, renamed, revived or marked inactive. Pure: no I/O, time passed in.
/// </summary>
/// <remarks>
/// Rules: every row is checked on its own and a bad row is reported, never blocks the others. The second row
/// with a sign-in name already seen is rejected. A person whose row is rejected stays exactly as stored (a typo
/// must not mark someone as left). People on the roster but not in the import are marked as left
/// (<c>Active = false</c>, <c>LeftAt</c>) and keep their rows — except council secretaries named in configuration
/// (by sign-in name or Microsoft Entra object id, as <c>Setup:Secretaries</c> holds them), who are never removed by an
/// import and always hold the secretary role, and except when no row at all could be taken. Everyone is staff; unit ids
/// are <see cref="UnitSlug"/>s of the unit names. Only what differs is written, so importing the same input
/// twice changes nothing the second time.
/// </remarks>
public static partial class RosterImportPlanner
{
    public static RosterImportPlan Plan(
        IReadOnlyCollection<Person> currentPeople,
        IReadOnlyCollection<Unit> currentUnits,
        IReadOnlyList<RosterRow> rows,
        IReadOnlyCollection<string> configuredSecretaries,
        DateTimeOffset now)
    {
        var secretaries = Secretaries.From(configuredSecretaries);
        var stored = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in currentPeople)
        {
            stored[RosterKeys.NormalizeSignInName(person.SignInName)] = person;
        }
        var storedUnits = currentUnits.ToDictionary(u => u.UnitId, StringComparer.Ordinal);

        var rejected = new List<RejectedRow>();
        var accepted = new List<CheckedRow>();
        var firstLineBySignIn = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstLineByObjectId = new Dictionary<string, int>(StringComparer.Ordinal);
        var leaveAlone = new HashSet<string>(StringComparer.Ordinal);
        var unitNames = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var row in rows)
        {
            var signIn = RosterKeys.NormalizeSignInName(row.SignInName ?? "");
            if (signIn.Length > 0 && firstLineBySignIn.TryGetValue(signIn, out var firstLine))
            {
                rejected.Add(new RejectedRow(row.Line, signIn, RosterProblems.DuplicateSignInName(firstLine)));
                continue;
            }
            if (signIn.Length > 0)
            {
                firstLineBySignIn[signIn] = row.Line;
            }
            var checkedRow = Check(row, signIn);
            if (checkedRow.Problem is null && checkedRow.AadObjectId is { } objectId)
            {
                if (firstLineByObjectId.TryGetValue(objectId, out var objectLine))
                {
                    checkedRow = checkedRow with { Problem = RosterProblems.DuplicateObjectId(objectLine) };
                }
                else
                {
                    firstLineByObjectId[objectId] = row.Line;
                }
            }
            if (checkedRow.Problem is { } problem)
            {
                rejected.Add(new RejectedRow(row.Line, signIn.Length > 0 ? signIn : null, problem));
                if (signIn.Length > 0)
                {
                    leaveAlone.Add(signIn);
                }
                continue;
            }
            accepted.Add(checkedRow);
            if (checkedRow.UnitId is { } unitId)
            {
                unitNames.TryAdd(unitId, checkedRow.UnitName!);
            }
        }

        var written = new List<Person>();
        var added = new List<PersonChange>();
        var changed = new List<PersonChange>();
        var removed = new List<PersonChange>();
        var unchanged = 0;
        var final = new Dictionary<string, Person>(stored, StringComparer.Ordinal);
        var imported = new HashSet<string>(StringComparer.Ordinal);

        foreach (var row in accepted)
        {
            imported.Add(row.SignInName);
            stored.TryGetValue(row.SignInName, out var old);
            var roles = secretaries.Includes(row.SignInName, row.AadObjectId ?? old?.AadObjectId) ? row.Roles | Role.CouncilSecretary : row.Roles;
            var desired = new Person
            {
                SignInName = row.SignInName,
                DisplayName = row.DisplayName,
                Email = row.Email,
                AadObjectId = row.AadObjectId ?? old?.AadObjectId,
                UnitId = row.UnitId,
                JobTitle = row.JobTitle,
                Roles = roles,
                Active = true,
                Source = row.Source,
                AddedAt = old?.AddedAt ?? now,
                UpdatedAt = old is null ? now : old.UpdatedAt,
                LeftAt = null,
            };
            if (old is null)
            {
                written.Add(desired);
                final[row.SignInName] = desired;
                added.Add(new PersonChange(desired.SignInName, desired.DisplayName, desired.UnitId));
                continue;
            }
            var fields = Differences(old, desired);
            if (fields == PersonFields.None)
            {
                unchanged++;
                continue;
            }
            desired = desired with { UpdatedAt = now };
            written.Add(desired);
            final[row.SignInName] = desired;
            changed.Add(new PersonChange(desired.SignInName, desired.DisplayName, desired.UnitId, fields));
        }

        var nothingAccepted = accepted.Count == 0;
        var secretariesKept = new List<string>();
        foreach (var (signIn, person) in stored)
        {
            if (imported.Contains(signIn) || leaveAlone.Contains(signIn))
            {
                continue;
            }
            if (secretaries.Includes(signIn, person.AadObjectId))
            {
                secretariesKept.Add(signIn);
                var kept = person with { Active = true, LeftAt = null, Roles = person.Roles | Role.Staff | Role.CouncilSecretary };
                var fields = Differences(person, kept);
                if (fields != PersonFields.None)
                {
                    kept = kept with { UpdatedAt = now };
                    written.Add(kept);
                    final[signIn] = kept;
                    changed.Add(new PersonChange(kept.SignInName, kept.DisplayName, kept.UnitId, fields));
                }
                continue;
            }
            if (!person.Active || nothingAccepted)
            {
                continue;
            }
            var left = person with { Active = false, LeftAt = now, UpdatedAt = now };
            written.Add(left);
            final[signIn] = left;
            removed.Add(new PersonChange(left.SignInName, left.DisplayName, left.UnitId));
        }

        var (unitsWritten, unitsAdded, unitsChanged, unitsDeactivated) = PlanUnits(final.Values, storedUnits, unitNames, now);

        var report = new RosterImportReport
        {
            Added = added,
            Changed = changed,
            Removed = removed,
            Unchanged = unchanged,
            Rejected = rejected,
            UnitsAdded = unitsAdded,
            UnitsChanged = unitsChanged,
            UnitsDeactivated = unitsDeactivated,
            SecretariesKept = secretariesKept,
            SecretariesMissing = secretaries.Missing(final.Values),
            Warning = nothingAccepted ? RosterProblems.NothingAccepted() : null,
        };
        return new RosterImportPlan(new RosterChanges(written, unitsWritten), report);
    }

    private static (List<Unit> Written, List<Unit> Added, List<Unit> Changed, List<Unit> Deactivated) PlanUnits(
        IEnumerable<Person> finalPeople, Dictionary<string, Unit> storedUnits, Dictionary<string, string> importedNames, DateTimeOffset now)
    {
        // Units in use: those named in the import, in the order they appear, then those of people the import left in place.
        var used = importedNames.Keys
            .Concat(finalPeople.Where(p => p.Active && p.UnitId is not null).Select(p => p.UnitId!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var usedSet = used.ToHashSet(StringComparer.Ordinal);

        var written = new List<Unit>();
        var added = new List<Unit>();
        var changed = new List<Unit>();
        var deactivated = new List<Unit>();
        foreach (var unitId in used)
        {
            importedNames.TryGetValue(unitId, out var name);
            if (!storedUnits.TryGetValue(unitId, out var old))
            {
                var unit = new Unit { UnitId = unitId, Name = name ?? unitId, Active = true, AddedAt = now };
                written.Add(unit);
                added.Add(unit);
                continue;
            }
            var desired = old with { Name = name ?? old.Name, Active = true, LeftAt = null };
            if (desired != old)
            {
                written.Add(desired);
                changed.Add(desired);
            }
        }
        foreach (var unit in storedUnits.Values.Where(u => u.Active && !usedSet.Contains(u.UnitId)))
        {
            var inactive = unit with { Active = false, LeftAt = now };
            written.Add(inactive);
            deactivated.Add(inactive);
        }
        return (written, added, changed, deactivated);
    }

    private static PersonFields Differences(Person old, Person desired)
    {
        var fields = PersonFields.None;
        if (!string.Equals(old.DisplayName, desired.DisplayName, StringComparison.Ordinal)) fields |= PersonFields.Name;
        if (!string.Equals(old.Email, desired.Email, StringComparison.OrdinalIgnoreCase)) fields |= PersonFields.Email;
        if (!string.Equals(old.UnitId, desired.UnitId, StringComparison.Ordinal)) fields |= PersonFields.Unit;
        if (!string.Equals(old.JobTitle, desired.JobTitle, StringComparison.Ordinal)) fields |= PersonFields.JobTitle;
        if (old.Roles != desired.Roles) fields |= PersonFields.Roles;
        if (!string.Equals(old.AadObjectId, desired.AadObjectId, StringComparison.OrdinalIgnoreCase)) fields |= PersonFields.AadObjectId;
        if (old.Active != desired.Active) fields |= PersonFields.Active;
        if (!string.Equals(old.Source, desired.Source, StringComparison.Ordinal)) fields |= PersonFields.Source;
        return fields;
    }

    /// <summary>Checks one row and normalises its fields; the first problem found is the row's reason.</summary>
    private static CheckedRow Check(RosterRow row, string signIn)
    {
        var result = new CheckedRow { Line = row.Line, SignInName = signIn, Source = row.Source };
        if (signIn.Length == 0)
        {
            return result with { Problem = RosterProblems.MissingSignInName() };
        }
        if (!Address().IsMatch(signIn))
        {
            return result with { Problem = RosterProblems.InvalidSignInName(row.SignInName.Trim()) };
        }

        var name = Collapse(row.DisplayName);
        if (name is null)
        {
            return result with { Problem = RosterProblems.MissingName() };
        }
        if (name.Length > RosterProblems.MaxNameLength)
        {
            return result with { Problem = RosterProblems.NameTooLong(name.Length) };
        }

        var email = row.Email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(email))
        {
            email = null;
        }
        else if (!Address().IsMatch(email))
        {
            return result with { Problem = RosterProblems.InvalidEmail(row.Email!.Trim()) };
        }

        var unitName = Collapse(row.UnitName);
        string? unitId = null;
        if (unitName is not null)
        {
            if (unitName.Length > RosterProblems.MaxUnitNameLength)
            {
                return result with { Problem = RosterProblems.UnitNameTooLong(unitName.Length) };
            }
            unitId = UnitSlug.From(unitName);
            if (unitId.Length == 0)
            {
                return result with { Problem = RosterProblems.InvalidUnitName(unitName) };
            }
        }

        var jobTitle = Collapse(row.JobTitle);
        if (jobTitle is { Length: > RosterProblems.MaxJobTitleLength })
        {
            return result with { Problem = RosterProblems.JobTitleTooLong(jobTitle.Length) };
        }

        var (roles, unknown) = RoleWords.Parse(row.Roles);
        if (unknown.Count > 0)
        {
            return result with { Problem = RosterProblems.UnknownRoles(unknown) };
        }
        if ((roles & Role.UnitHead) != 0 && unitId is null)
        {
            return result with { Problem = RosterProblems.UnitHeadWithoutUnit() };
        }

        string? objectId = null;
        if (!string.IsNullOrWhiteSpace(row.AadObjectId))
        {
            if (!Guid.TryParse(row.AadObjectId.Trim(), out var guid))
            {
                return result with { Problem = RosterProblems.InvalidObjectId(row.AadObjectId.Trim()) };
            }
            objectId = guid.ToString("D");
        }

        return result with
        {
            DisplayName = name,
            Email = email,
            UnitId = unitId,
            UnitName = unitName,
            JobTitle = jobTitle,
            Roles = roles,
            AadObjectId = objectId,
        };
    }

    /// <summary>Trimmed, runs of white space made one space; null when nothing is left.</summary>
    private static string? Collapse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A sign-in name or e-mail address as Microsoft Entra accepts them: ASCII <c>local@domain.tld</c>.</summary>
    [GeneratedRegex(@"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")]
    private static partial Regex Address();

    /// <summary>The configured secretaries: sign-in names (any case) and Microsoft Entra object ids.</summary>
    private sealed record Secretaries(HashSet<string> SignInNames, HashSet<string> ObjectIds)
    {
        public static Secretaries From(IEnumerable<string> configured)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in configured.Where(s => !string.IsNullOrWhiteSpace(s)))
            {
                if (Guid.TryParse(entry.Trim(), out var id))
                {
                    ids.Add(id.ToString("D"));
                }
                else
                {
                    names.Add(RosterKeys.NormalizeSignInName(entry));
                }
            }
            return new Secretaries(names, ids);
        }

        public bool Includes(string signInName, string? objectId) =>
            SignInNames.Contains(signInName) || (objectId is not null && ObjectIds.Contains(objectId));

        /// <summary>Configured entries that match nobody on the roster.</summary>
        public List<string> Missing(IEnumerable<Person> people)
        {
            var list = people.ToList();
            return SignInNames.Where(name => !list.Any(p => RosterKeys.NormalizeSignInName(p.SignInName) == name))
                .Concat(ObjectIds.Where(id => !list.Any(p => string.Equals(p.AadObjectId, id, StringComparison.OrdinalIgnoreCase))))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
    }

    private sealed record CheckedRow
    {
        public required int Line { get; init; }
        public required string SignInName { get; init; }
        public required string Source { get; init; }
        public string DisplayName { get; init; } = "";
        public string? Email { get; init; }
        public string? UnitId { get; init; }
        public string? UnitName { get; init; }
        public string? JobTitle { get; init; }
        public Role Roles { get; init; }
        public string? AadObjectId { get; init; }
        public RosterProblem? Problem { get; init; }
    }
}
