using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// Option values of <see cref="ListFields.MappingType"/> (<c>list_dmc_mappingtype</c> in
/// solution/src/Entities/List/Entity.xml), and the target each one means.
/// </summary>
public static class ListMappingTypes
{
    /// <summary>The list maps to the whole audience.</summary>
    public const int Audience = 100000000;

    /// <summary>The list maps to a tag.</summary>
    public const int Tag = 100000001;

    /// <summary>The list maps to an interest.</summary>
    public const int Interest = 100000002;

    /// <summary>The target of a list row's mapping columns; null when the option value is unknown.</summary>
    /// <param name="mappingType">The <c>dmc_mappingtype</c> value.</param>
    /// <param name="tagName">The <c>dmc_tagname</c> value.</param>
    /// <param name="interestId">The <c>dmc_interestid</c> value.</param>
    /// <returns>The target, or <see langword="null"/>.</returns>
    public static ListTarget? ToTarget(int mappingType, string? tagName, string? interestId) => mappingType switch
    {
        Audience => ListTarget.Audience,
        Tag => ListTarget.Tag(tagName),
        Interest => ListTarget.Interest(interestId),
        _ => null,
    };

    /// <summary>
    /// The target of a list row's mapping columns, where a dynamic list maps to a tag named after it unless its columns
    /// say otherwise: no mapping type, or a tag without a name, is the tag <paramref name="defaultTagName"/>.
    /// </summary>
    /// <param name="mappingType">The <c>dmc_mappingtype</c> value, or <see langword="null"/> when not set.</param>
    /// <param name="tagName">The <c>dmc_tagname</c> value.</param>
    /// <param name="interestId">The <c>dmc_interestid</c> value.</param>
    /// <param name="defaultTagName">A dynamic list's name; <see langword="null"/> for a static list, which has no default.</param>
    /// <returns>The target, or <see langword="null"/>.</returns>
    public static ListTarget? ToTarget(int? mappingType, string? tagName, string? interestId, string? defaultTagName)
    {
        var hasDefault = !string.IsNullOrWhiteSpace(defaultTagName);
        return mappingType switch
        {
            null => hasDefault ? ListTarget.Tag(defaultTagName) : null,
            Tag when string.IsNullOrWhiteSpace(tagName) && hasDefault => ListTarget.Tag(defaultTagName),
            { } type => ToTarget(type, tagName, interestId),
        };
    }
}
