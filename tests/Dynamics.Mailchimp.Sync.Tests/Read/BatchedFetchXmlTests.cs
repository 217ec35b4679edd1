using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary>
/// The client method Read added: <see cref="BatchOperation.FetchXml"/>, a FetchXML GET inside <c>$batch</c> whose
/// <c>Prefer</c> header goes on the inner request (annotations are sent only when asked for:
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results).
/// </summary>
public sealed class BatchedFetchXmlTests
{
    private const string FetchTwoContacts = "<fetch count=\"2\"><entity name=\"contact\"><attribute name=\"contactid\" /></entity></fetch>";
    private const string MoreRecords = "@Microsoft.Dynamics.CRM.morerecords";

    [Fact]
    public async Task FetchXml_WithPrefer_InnerGetAnswersWithTheAskedAnnotation()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var operation = BatchOperation.FetchXml("contacts", FetchTwoContacts, "odata.include-annotations=\"Microsoft.Dynamics.CRM.morerecords\"");

        // Act
        var result = await host.Client.ExecuteBatchAsync([operation], cancellationToken: CancellationToken.None);

        // Assert
        var body = Assert.Single(result.Results).Body!.Value;
        Assert.Equal(2, body.GetProperty("value").GetArrayLength());
        Assert.Equal(JsonValueKind.True, body.GetProperty(MoreRecords).ValueKind);
        Assert.Equal(1, host.Calls);
    }

    [Fact]
    public async Task FetchXml_WithoutPrefer_NoAnnotation()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();

        // Act
        var result = await host.Client.ExecuteBatchAsync([BatchOperation.FetchXml("contacts", FetchTwoContacts)], cancellationToken: CancellationToken.None);

        // Assert
        Assert.False(Assert.Single(result.Results).Body!.Value.TryGetProperty(MoreRecords, out _));
    }

    [Fact]
    public void FetchXml_BadEntitySetOrEmptyFetch_Throws()
    {
        // Act / Assert
        Assert.Throws<ArgumentException>(() => BatchOperation.FetchXml("contacts?x", FetchTwoContacts));
        Assert.Throws<ArgumentException>(() => BatchOperation.FetchXml(TableNames.Contact + "s", " "));
    }
}
