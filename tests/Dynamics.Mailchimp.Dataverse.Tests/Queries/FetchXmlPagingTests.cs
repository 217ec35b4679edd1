using System.Xml.Linq;
using Dynamics.Mailchimp.Dataverse.Queries;

namespace Dynamics.Mailchimp.Dataverse.Tests.Queries;

/// <summary>Contract: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results</summary>
public sealed class FetchXmlPagingTests
{
    [Fact]
    public void Render_Top_LeavesPagingAttributesOut()
    {
        // Arrange
        var fetch = FetchXmlPaging.Parse("<fetch top='5'><entity name='contact'/></fetch>");

        // Act
        var xml = XElement.Parse(FetchXmlPaging.Render(fetch, 1, null, 100));

        // Assert
        Assert.Null(xml.Attribute("page"));
        Assert.Null(xml.Attribute("count"));
    }

    [Fact]
    public void Render_ExistingCount_IsKept()
    {
        // Arrange
        var fetch = FetchXmlPaging.Parse("<fetch count='50'><entity name='contact'/></fetch>");

        // Act
        var xml = XElement.Parse(FetchXmlPaging.Render(fetch, 3, "<cookie/>", 100));

        // Assert
        Assert.Equal("50", (string?)xml.Attribute("count"));
        Assert.Equal("3", (string?)xml.Attribute("page"));
        Assert.Equal("<cookie/>", (string?)xml.Attribute("paging-cookie"));
    }

    [Fact]
    public void Next_NoCookie_IncrementsPage()
    {
        // Act
        var (page, cookie) = FetchXmlPaging.Next(null, 4);

        // Assert
        Assert.Equal(5, page);
        Assert.Null(cookie);
    }

    [Fact]
    public void Parse_WrongRoot_ThrowsArgumentException()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => FetchXmlPaging.Parse("<query/>"));

        // Assert
        Assert.Contains("<query>", error.Message, StringComparison.Ordinal);
    }
}
