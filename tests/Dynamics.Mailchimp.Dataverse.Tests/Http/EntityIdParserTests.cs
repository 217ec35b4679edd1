using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Tests.Http;

/// <summary>The id of an <c>OData-EntityId</c> URL, read as the former regular expression read it.</summary>
public sealed partial class EntityIdParserTests
{
    public static TheoryData<string?> Urls => new()
    {
        null,
        string.Empty,
        "https://x.crm.dynamics.com/api/data/v9.2/contacts(00000000-0000-0000-0000-000000000001)",
        "https://x/api/data/v9.2/contacts(ABCDEF01-2345-6789-abcd-ef0123456789)/",
        "https://x/api/data/v9.2/contacts(ABCDEF01-2345-6789-abcd-ef0123456789)\n",
        "https://x/api/data/v9.2/contacts(ABCDEF01-2345-6789-abcd-ef0123456789)/\n",
        "https://x/api/data/v9.2/contacts(ABCDEF01-2345-6789-abcd-ef0123456789)//",
        "https://x/api/data/v9.2/contacts(ABCDEF01-2345-6789-abcd-ef0123456789) ",
        "https://x/api/data/v9.2/contacts(ABCDEF01-2345-6789-abcd-ef0123456789)\n\n",
        "https://x/api/data/v9.2/contacts(ABCDEF01-2345-6789-abcd-ef012345678g)",
        "https://x/api/data/v9.2/contacts(ABCDEF0123456789abcdef0123456789)",
        "https://x/api/data/v9.2/contacts(+BCDEF01-2345-6789-abcd-ef0123456789)",
        "https://x/api/data/v9.2/contacts(emailaddress1='a@b.c')",
        "(00000000-0000-0000-0000-000000000001)",
        "00000000-0000-0000-0000-000000000001)",
        "contacts(00000000-0000-0000-0000-000000000001)(00000000-0000-0000-0000-000000000002)",
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void TryParse_VariedUrls_SameAsTheFormerRegex(string? url)
    {
        // Arrange
        Guid? expected = null;
        if (!string.IsNullOrEmpty(url) && FormerPattern().Match(url) is { Success: true } match && Guid.TryParse(match.Groups[1].Value, out var id))
        {
            expected = id;
        }

        // Act
        var parsed = EntityIdParser.TryParse(url);

        // Assert
        Assert.Equal(expected, parsed);
    }

    [GeneratedRegex(@"\(([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\)/?$")]
    private static partial Regex FormerPattern();
}
