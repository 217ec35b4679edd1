using System.Text;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

namespace Dynamics.Mailchimp.Dataverse.Tests.Queries;

/// <summary>
/// The page shape is the Web API's collection response: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
/// (<c>@odata.context</c>, <c>value</c>, then <c>@odata.nextLink</c>; FetchXML pages add the paging cookie and the more-records flag).
/// </summary>
public sealed class CollectionPageReaderTests
{
    private const string FetchPage =
        """
        {"@odata.context":"https://org.crm.dynamics.com/api/data/v9.2/$metadata#contacts(contactid)",
         "@Microsoft.Dynamics.CRM.fetchxmlpagingcookie":"<cookie page=\"1\"><contactid last=\"{a}\" first=\"{b}\" /></cookie>",
         "@Microsoft.Dynamics.CRM.morerecords":true,
         "value":[{"contactid":"a","n":1,"tags":["x",{"y":[1,2]}]},{"contactid":"b","n":2,"name":"J\u00f6rg \"quoted\""}],
         "@odata.nextLink":"https://org.crm.dynamics.com/api/data/v9.2/contacts?$skiptoken=1"}
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public async Task ReadRowsAsync_AnySplitOfTheStream_ReturnsTheRowsAndAnnotationsOfTheWholeDocument(int bytesPerRead)
    {
        // Arrange
        var sut = CreateSut(FetchPage, bytesPerRead);
        using var whole = JsonDocument.Parse(FetchPage);

        // Act
        var rows = await sut.ReadRowsAsync(CancellationToken.None).ToListAsync();

        // Assert
        Assert.Equal(
            whole.RootElement.GetProperty("value").EnumerateArray().Select(row => row.GetRawText()),
            rows.Select(row => row.GetRawText()));
        Assert.Equal("https://org.crm.dynamics.com/api/data/v9.2/contacts?$skiptoken=1", sut.Annotations["@odata.nextLink"].GetString());
        Assert.True(sut.Annotations["@Microsoft.Dynamics.CRM.morerecords"].GetBoolean());
        Assert.StartsWith("<cookie page=\"1\">", sut.Annotations["@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"].GetString(), StringComparison.Ordinal);
        Assert.False(sut.Annotations.ContainsKey("value"));
    }

    [Fact]
    public async Task ReadRowsAsync_RowLargerThanTheBuffer_IsReadWhole()
    {
        // Arrange: a bulk membership row (1,000 member ids, 37 KB) twice, larger together than the first buffer.
        var ids = string.Join(',', Enumerable.Range(0, 3000).Select(i => new Guid(i, 0, 0, new byte[8]).ToString("D")));
        var page = $$"""{"value":[{"dmc_memberids":"{{ids}}"},{"dmc_memberids":"{{ids}}"}]}""";
        var sut = CreateSut(page, 8192);

        // Act
        var rows = await sut.ReadRowsAsync(CancellationToken.None).ToListAsync();

        // Assert
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal(ids, row.GetProperty("dmc_memberids").GetString()));
        Assert.Empty(sut.Annotations);
    }

    [Fact]
    public async Task ReadRowsAsync_EmptyPage_ReturnsNoRows()
    {
        // Arrange
        var sut = CreateSut("""{"@odata.context":"x","value":[]}""", 5);

        // Act
        var rows = await sut.ReadRowsAsync(CancellationToken.None).ToListAsync();

        // Assert
        Assert.Empty(rows);
        Assert.Equal("x", sut.Annotations["@odata.context"].GetString());
    }

    [Theory]
    [InlineData("""{"@odata.context":"x"}""")]
    [InlineData("""{"value":{}}""")]
    [InlineData("""[]""")]
    public async Task ReadRowsAsync_NoValueArray_ThrowsResponseFormatException(string body)
    {
        // Arrange
        var sut = CreateSut(body, 2);

        // Act
        var error = await Assert.ThrowsAsync<DataverseResponseFormatException>(() => sut.ReadRowsAsync(CancellationToken.None).ToListAsync().AsTask());

        // Assert
        Assert.Contains("no 'value' array", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"value":[{"a":1},{"a":""")]
    [InlineData("""{"value":[{"a":1}] """)]
    [InlineData("""<html>busy</html>""")]
    public async Task ReadRowsAsync_TruncatedOrNotJson_ThrowsResponseFormatExceptionNamingTheRequest(string body)
    {
        // Arrange
        var sut = CreateSut(body, 3);

        // Act
        var error = await Assert.ThrowsAsync<DataverseResponseFormatException>(() => sut.ReadRowsAsync(CancellationToken.None).ToListAsync().AsTask());

        // Assert
        Assert.Contains("GET contacts", error.Message, StringComparison.Ordinal);
    }

    private static CollectionPageReader CreateSut(string body, int bytesPerRead) =>
        new(new TrickleStream(Encoding.UTF8.GetBytes(body), bytesPerRead), "GET contacts");
}
