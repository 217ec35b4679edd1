using Dynamics.Mailchimp.Dataverse.Queries;

namespace Dynamics.Mailchimp.Dataverse.Tests.Queries;

public sealed class FetchXmlUriTests
{
    public static TheoryData<string> Queries => new()
    {
        "<fetch count=\"5000\"><entity name=\"contact\"><filter><condition attribute=\"contactid\" operator=\"in\"><value>00000000-0000-0000-0000-0000000000aa</value></condition></filter></entity></fetch>",
        "<fetch><value>o'hara+x@example.com &amp; &lt;a&gt; \"q\" ~._-!*()</value></fetch>",
        "<fetch><value>Zoë €</value></fetch>",
        "<fetch><value>\U0001F600\U0001F600\U0001F600\U0001F600</value></fetch>",
        "<fetch><value>" + new string('é', 20_000) + "</value></fetch>",
        "<fetch>" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"<value>{Guid.NewGuid():D}</value>")) + "</fetch>",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Relative_AsciiOrNot_EqualsJoiningTheEscapedText(string fetchXml)
    {
        // Act
        var relative = FetchXmlUri.Relative("contacts", fetchXml);

        // Assert
        Assert.Equal("contacts?fetchXml=" + Uri.EscapeDataString(fetchXml), relative);
    }
}
