namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>The campaign's titles: for a person (<i>cá nhân</i>) and for a unit (<i>tập thể</i>). Ids are unique across both.</summary>
public sealed record CampaignTitles(IReadOnlyList<EmulationTitle> Individual, IReadOnlyList<EmulationTitle> Collective)
{
    public IEnumerable<EmulationTitle> All => Individual.Concat(Collective);

    public EmulationTitle? Find(string id) => All.FirstOrDefault(title => title.Id == id);

    public bool IsIndividual(string id) => Individual.Any(title => title.Id == id);
}
