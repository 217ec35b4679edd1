using System.Net;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests;

public sealed partial class DataverseClientQueriesTests
{
    [Fact]
    public async Task RetrieveAsync_Existing_ReturnsRowAndBuildsKeyUrl()
    {
        // Arrange
        var id = Guid.Parse("00000000-0000-0000-0000-000000000042");
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.OK, """{"@odata.etag":"W/\"9\"","fullname":"Ada"}""");

        // Act
        var row = await host.Client.RetrieveAsync("contacts", EntityKey.FromId(id), ["fullname"], CancellationToken.None);

        // Assert
        Assert.Equal("Ada", row!.Value.GetProperty("fullname").GetString());
        Assert.Equal(ClientHost.ServiceRoot + "contacts(00000000-0000-0000-0000-000000000042)?$select=fullname", host.Handler.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task RetrieveAsync_Missing_ReturnsNull()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.NotFound, """{"error":{"code":"0x80040217","message":"contact With Id = 1 Does Not Exist"}}""");

        // Act
        var row = await host.Client.RetrieveAsync("contacts", EntityKey.FromId(Guid.NewGuid()), [], CancellationToken.None);

        // Assert
        Assert.Null(row);
    }
}
