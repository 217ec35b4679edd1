using Dynamics.Mailchimp.Sandbox.Dataverse.Batch;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Batch;

/// <summary>
/// A batch part's absolute URL resolves to the path and query <see cref="Uri.PathAndQuery"/> gives (the general path),
/// also when the query is taken as it is because Uri would not change it (the FetchXML fast path), and when the part
/// after the service root is taken as it is because Uri would not change it (the write parts' fast path).
/// </summary>
public sealed class BatchOperationRequestTests
{
    private static readonly Uri ServiceRoot = new("http://127.0.0.1:5555/api/data/v9.2/");

    private static WebApiRequest CreateSut(string url)
    {
        var batch = new WebApiRequest("POST", "$batch", new Dictionary<string, string>(), string.Empty, new Dictionary<string, string>(), string.Empty, new WebApiCaller(Guid.NewGuid(), CallerPrivileges.Unrestricted));
        var operation = new BatchOperation("GET", url, new Dictionary<string, string>(), string.Empty, null);
        return BatchOperationRequest.Create(operation, batch, new Dictionary<string, string>(), ServiceRoot);
    }

    public static TheoryData<string> Queries() =>
    [
        "?fetchXml=" + Uri.EscapeDataString("""<fetch count="5000"><entity name="contact"><filter type="and"><condition attribute="emailaddress1" operator="in"><value>Ödegård+1@example.org</value><value>a&amp;b@example.org</value></condition></filter></entity></fetch>"""),
        "?$select=fullname,emailaddress1&$filter=statecode%20eq%200&$top=5",
        "?a=%41%7e%2d%5F%2E",
        "?a=%3c%3C",
        "?$filter=lastname eq 'O''Neil'",
        "?a=1#fragment",
        "?a=%zz&b=%4",
        "?a=é",
        "?a=b?c/d:e@f!$'()*+,;=",
        string.Empty,
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Create_AbsoluteUrl_SamePathAndQueryAsUri(string query)
    {
        // Arrange
        var url = ServiceRoot + "contacts" + query;
        var expected = new Uri(url).PathAndQuery[ServiceRoot.AbsolutePath.Length..];

        // Act
        var request = CreateSut(url);

        // Assert
        Assert.Equal(expected, request.Path + request.RawQuery);
    }

    public static TheoryData<string> Paths() =>
    [
        "contacts(6f1d1a4e-2b1c-4c55-9a53-0d5f3c1d9e01)?tag=dmc-sync",
        "contacts(6f1d1a4e-2b1c-4c55-9a53-0d5f3c1d9e01)",
        "Contacts(6f1d1a4e-2b1c-4c55-9a53-0d5f3c1d9e01)?tag=A&tag=b",
        "contacts/../accounts(6f1d1a4e-2b1c-4c55-9a53-0d5f3c1d9e01)",
        "./contacts",
        "contacts(%41)",
        "contacts(a b)?x=1",
        "/contacts?a=1",
        "contacts?a=é",
        "contacts#x",
        string.Empty,
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public void Create_UrlUnderServiceRoot_SamePathAndQueryAsUri(string rest)
    {
        // Arrange
        var url = ServiceRoot + rest;
        var pathAndQuery = new Uri(url).PathAndQuery;
        var expected = pathAndQuery.StartsWith(ServiceRoot.AbsolutePath, StringComparison.OrdinalIgnoreCase)
            ? pathAndQuery[ServiceRoot.AbsolutePath.Length..]
            : pathAndQuery.TrimStart('/');

        // Act
        var request = CreateSut(url);

        // Assert
        Assert.Equal(expected, request.Path + request.RawQuery);
    }
}
