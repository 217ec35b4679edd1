using Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Hosting;

/// <summary>Which requests pass the gate together: GETs, and $batch bodies of GET parts outside change sets.</summary>
public sealed class RequestAccessTests
{
    private static WebApiRequest Request(string method, string path, BatchBody? body = null)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var text = string.Empty;
        if (body is not null)
        {
            using var content = body.ToContent();
            headers[HeaderNames.ContentType] = content.Headers.ContentType!.ToString();
            text = content.ReadAsStringAsync().GetAwaiter().GetResult();
        }

        return new WebApiRequest(method, path, new Dictionary<string, string>(), string.Empty, headers, text, new WebApiCaller(Guid.NewGuid(), CallerPrivileges.Unrestricted));
    }

    [Theory]
    [InlineData("GET", "contacts", true)]
    [InlineData("GET", "$batch", true)]
    [InlineData("PATCH", "contacts(00000000-0000-0000-0000-000000000001)", false)]
    [InlineData("POST", "contacts", false)]
    [InlineData("DELETE", "contacts(00000000-0000-0000-0000-000000000001)", false)]
    public void Classify_SingleRequest_ReadOnlyOnlyForGet(string method, string path, bool expected)
    {
        // Arrange
        var request = Request(method, path);

        // Act
        var (classified, readOnly) = RequestAccess.Classify(request);

        // Assert
        Assert.Equal(expected, readOnly);
        Assert.Same(request, classified);
    }

    [Fact]
    public void Classify_BatchOfGets_ReadOnlyWithItsPartsRead()
    {
        // Arrange
        var request = Request("POST", "$batch", new BatchBody().Operation("GET", "contacts?$select=fullname").Operation("GET", "WhoAmI"));

        // Act
        var (classified, readOnly) = RequestAccess.Classify(request);

        // Assert
        Assert.True(readOnly);
        Assert.Equal(["contacts?$select=fullname", "WhoAmI"], classified.BatchItems!.Select(i => Assert.Single(i.Operations).Url));
    }

    [Fact]
    public void Classify_BatchWithAWrite_PassesAloneWithItsPartsRead()
    {
        // Arrange
        var request = Request("POST", "/$batch", new BatchBody().Operation("GET", "contacts").Operation("PATCH", "contacts(00000000-0000-0000-0000-000000000001)", "{}"));

        // Act
        var (classified, readOnly) = RequestAccess.Classify(request);

        // Assert
        Assert.False(readOnly);
        Assert.Equal(2, classified.BatchItems!.Count);
    }

    [Fact]
    public void Classify_BatchWithAChangeset_PassesAlone()
    {
        // Arrange
        var request = Request("POST", "$batch", new BatchBody().Operation("GET", "contacts").Changeset(("POST", "contacts", "{}", "1")));

        // Act
        var (_, readOnly) = RequestAccess.Classify(request);

        // Assert
        Assert.False(readOnly);
    }

    [Fact]
    public void Classify_BatchBodyThatDoesNotRead_PassesAloneForTheHandlerToRefuse()
    {
        // Arrange
        var request = Request("POST", "$batch") with { Body = "GET contacts HTTP/1.1" };

        // Act
        var (classified, readOnly) = RequestAccess.Classify(request);

        // Assert
        Assert.False(readOnly);
        Assert.Null(classified.BatchItems);
    }
}
