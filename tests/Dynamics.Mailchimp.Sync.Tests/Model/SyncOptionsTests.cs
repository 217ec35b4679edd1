using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Model;

public sealed class SyncOptionsTests
{
    private static SyncOptions CreateSut() => new();

    [Fact]
    public void New_NothingConfigured_HasTheDocumentedDefaults()
    {
        // Act
        var sut = CreateSut();

        // Assert
        Assert.True(sut.DoNotSendMarketingMaterialsUnsubscribes);
        Assert.Equal(5, sut.MaxAttempts);
        Assert.Equal(5d, sut.MassRemovalPercent);
        Assert.Equal(50, sut.MassRemovalMinimumMembers);
        Assert.False(sut.AllowMassRemoval);
        Assert.False(sut.FullResync);
        Assert.True(sut.IsEnabled(TableNames.Contact) && sut.IsEnabled(TableNames.Lead) && sut.IsEnabled(TableNames.Account));
    }

    [Fact]
    public void IsEnabled_LeadsSwitchedOff_OnlyLeadsAreOff()
    {
        // Arrange
        var sut = CreateSut() with { SyncLeads = false };

        // Act / Assert
        Assert.False(sut.IsEnabled(TableNames.Lead));
        Assert.True(sut.IsEnabled(TableNames.Contact));
    }

    [Fact]
    public void IsEnabled_NotAMemberTable_IsFalse()
    {
        // Act / Assert
        Assert.False(CreateSut().IsEnabled(TableNames.List));
    }

    [Theory]
    [InlineData(0, 5d)]
    [InlineData(5, 101d)]
    public void Validate_OutOfRange_IsInvalid(int maxAttempts, double percent)
    {
        // Arrange
        var sut = CreateSut() with { MaxAttempts = maxAttempts, MassRemovalPercent = percent };
        var results = new List<ValidationResult>();

        // Act
        var valid = Validator.TryValidateObject(sut, new ValidationContext(sut), results, validateAllProperties: true);

        // Assert
        Assert.False(valid);
        Assert.Single(results);
    }
}
