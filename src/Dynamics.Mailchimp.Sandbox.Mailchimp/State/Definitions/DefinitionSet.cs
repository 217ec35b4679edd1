namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;

/// <summary>The merge-field and interest definitions of one audience; mutated only under the store's lock.</summary>
internal sealed class DefinitionSet
{
    public List<MergeFieldRecord> MergeFields { get; } = [];

    public List<InterestCategoryRecord> InterestCategories { get; } = [];

    public List<InterestRecord> Interests { get; } = [];

    public MergeFieldRecord? FindMergeField(string tag) =>
        MergeFields.FirstOrDefault(f => string.Equals(f.Tag, tag, StringComparison.OrdinalIgnoreCase));
}
