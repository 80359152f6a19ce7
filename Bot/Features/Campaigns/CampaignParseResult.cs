using System.Diagnostics.CodeAnalysis;

namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>What <see cref="CampaignFileParser.Parse"/> returns: the definition, or every error found (never both).</summary>
public sealed record CampaignParseResult
{
    private CampaignParseResult(CampaignDefinition? definition, IReadOnlyList<CampaignFileError> errors)
    {
        Definition = definition;
        Errors = errors;
    }

    public CampaignDefinition? Definition { get; }

    /// <summary>In file order (line, then column); empty when the file is valid.</summary>
    public IReadOnlyList<CampaignFileError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Definition))]
    public bool IsValid => Definition is not null;

    public static CampaignParseResult Valid(CampaignDefinition definition) => new(definition, []);

    public static CampaignParseResult Invalid(IReadOnlyList<CampaignFileError> errors) =>
        errors.Count == 0
            ? throw new ArgumentException("An invalid result needs at least one error.", nameof(errors))
            : new(null, errors);
}
