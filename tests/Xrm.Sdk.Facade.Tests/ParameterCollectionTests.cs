using Microsoft.Xrm.Sdk;

namespace Xrm.Sdk.Facade.Tests;

public sealed class ParameterCollectionTests
{
    [Fact]
    public void TryGetValueOfT_PresentValueOfThatType_ReturnsIt()
    {
        // Arrange
        var parameters = new ParameterCollection { ["tag"] = "dmc-sync" };

        // Act
        var found = parameters.TryGetValue<string>("tag", out var tag);

        // Assert
        Assert.True(found);
        Assert.Equal("dmc-sync", tag);
    }

    [Fact]
    public void TryGetValueOfT_ValueOfAnotherType_ReturnsFalse()
    {
        // Arrange
        var parameters = new ParameterCollection { ["ListId"] = "not a guid" };

        // Act
        var found = parameters.TryGetValue<Guid>("ListId", out var id);

        // Assert
        Assert.False(found);
        Assert.Equal(Guid.Empty, id);
    }

    [Fact]
    public void Indexer_MissingKey_ThrowsKeyNotFound()
    {
        // Arrange
        var parameters = new ParameterCollection();

        // Act / Assert
        Assert.Throws<KeyNotFoundException>(() => parameters["Target"]);
    }

    [Fact]
    public void AddOrUpdateIfNotNull_Null_LeavesExistingValue()
    {
        // Arrange
        var parameters = new ParameterCollection { ["a"] = 1 };

        // Act
        parameters.AddOrUpdateIfNotNull("a", null);
        parameters.AddOrUpdateIfNotNull("b", 2);

        // Assert
        Assert.Equal(1, parameters["a"]);
        Assert.Equal(2, parameters["b"]);
    }
}
