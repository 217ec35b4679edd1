using Dynamics.Mailchimp.Dataverse.Queries;

namespace Dynamics.Mailchimp.Dataverse.Tests.Queries;

/// <summary>Contract: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview</summary>
public sealed class DataverseQueryTests
{
    private static DataverseQuery CreateSut() => new("listmembers") { Select = ["_entityid_value"] };

    [Fact]
    public void ToRelativeUri_LookupColumnAndGuidFilter_KeepsUnderscoresAndEncodesFilter()
    {
        // Arrange
        var query = CreateSut() with { Filter = "_listid_value eq 00000000-0000-0000-0000-000000000001" };

        // Act
        var relative = query.ToRelativeUri();

        // Assert
        Assert.Equal("listmembers?$select=_entityid_value&$filter=_listid_value%20eq%2000000000-0000-0000-0000-000000000001", relative);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5001)]
    public void ToRelativeUri_PageSizeOutOfRange_ThrowsArgumentException(int pageSize)
    {
        // Arrange
        var query = CreateSut() with { PageSize = pageSize };

        // Act
        var error = Assert.Throws<ArgumentException>(() => query.ToRelativeUri());

        // Assert
        Assert.Equal(nameof(DataverseQuery.PageSize), error.ParamName);
    }
}
