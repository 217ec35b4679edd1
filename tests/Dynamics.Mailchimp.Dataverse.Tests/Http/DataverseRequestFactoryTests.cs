using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Tests.Http;

public sealed class DataverseRequestFactoryTests
{
    public static TheoryData<string, bool, string?> Targets => new()
    {
        { "contacts?fetchXml=" + Uri.EscapeDataString("<fetch><value>ü &amp;</value></fetch>"), false, "dmc-sync" },
        { "contacts(00000000-0000-0000-0000-0000000000aa)", true, "dmc-sync" },
        { "contacts?$select=fullname", true, "dmc-sync" },
        { "contacts", true, "a tag/é?&" },
        { "contacts", true, null },
        { "contacts", true, ".hidden" },
        { "contacts?x=a b&y=é", true, "dmc-sync" },
        { "a/../contacts?x=%41", false, "dmc-sync" },
    };

    private static DataverseRequestFactory CreateSut(string? tag) =>
        new(new DataverseClientOptions { EnvironmentUrl = new Uri("https://Contoso.CRM.dynamics.com:443"), WriteTag = tag });

    [Theory]
    [MemberData(nameof(Targets))]
    public void WriteAbsoluteUri_CanonicalOrNot_WritesBuildUrisAbsoluteUri(string relative, bool isWrite, string? tag)
    {
        // Arrange
        var sut = CreateSut(tag);
        var body = new Utf8Segments();

        // Act
        sut.WriteAbsoluteUri(body, relative, isWrite);

        // Assert
        Assert.Equal(sut.BuildUri(relative, isWrite).AbsoluteUri, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }
}
