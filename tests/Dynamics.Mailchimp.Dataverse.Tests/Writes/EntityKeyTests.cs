using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests.Writes;

/// <summary>Keys. Contract: https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record</summary>
public sealed class EntityKeyTests
{
    [Fact]
    public void FromAlternateKey_SeveralTypes_FormatsODataKeySegment()
    {
        // Arrange
        var lookup = Guid.Parse("00000000-0000-0000-0000-000000000007");

        // Act
        var key = EntityKey.FromAlternateKey(new Dictionary<string, object>
        {
            ["firstname"] = "Joe",
            ["_parentcustomerid_value"] = lookup,
            ["numberofemployees"] = 12,
        });

        // Assert
        Assert.Equal($"(firstname='Joe',_parentcustomerid_value={lookup},numberofemployees=12)", key.ToString());
        Assert.Null(key.Id);
    }

    [Fact]
    public void FromAlternateKey_BadColumnName_ThrowsArgumentException()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => EntityKey.FromAlternateKey(new Dictionary<string, object> { ["a=b"] = "x" }));

        // Assert
        Assert.Contains("a=b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromId_EmptyGuid_ThrowsArgumentException()
    {
        // Act & Assert
        Assert.Throws<ArgumentException>(() => EntityKey.FromId(Guid.Empty));
    }
}
