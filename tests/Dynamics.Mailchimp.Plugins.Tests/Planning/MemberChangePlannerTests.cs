using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Planning;

public sealed class MemberChangePlannerTests
{
    private static readonly Guid Id = Guid.NewGuid();

    private static Entity Contact(params (string Column, object? Value)[] values)
    {
        var entity = new Entity(TableNames.Contact, Id);
        foreach (var (column, value) in values)
        {
            entity[column] = value;
        }

        return entity;
    }

    [Fact]
    public void PlanUpdate_EmailCaseOnly_HasNoPreviousEmail()
    {
        // Act
        var outcome = MemberChangePlanner.PlanUpdate(MemberProfile.Contact, Contact((MemberFields.EmailAddress1, "Ada@Example.org")), Contact((MemberFields.EmailAddress1, "ada@example.org")), null, []);

        // Assert
        var item = Assert.Single(outcome.Items);
        Assert.Null(item.PreviousEmail);
        Assert.Equal("Ada@Example.org", item.Email);
    }

    [Fact]
    public void PlanUpdate_NameChangeWithoutEmailInTarget_TakesEmailFromPostImage()
    {
        // Act
        var outcome = MemberChangePlanner.PlanUpdate(MemberProfile.Contact, Contact((PersonFields.FirstName, "Augusta")), null, Contact((MemberFields.EmailAddress1, " ada@example.org ")), []);

        // Assert
        var item = Assert.Single(outcome.Items);
        Assert.Equal("ada@example.org", item.Email);
        Assert.Equal([PersonFields.FirstName], item.ChangedColumns);
    }

    [Fact]
    public void PlanUpdate_MappedColumnNotInSettings_IsSkipped()
    {
        // Act
        var outcome = MemberChangePlanner.PlanUpdate(MemberProfile.Contact, Contact(("telephone1", "1")), null, Contact((MemberFields.EmailAddress1, "a@b.org")), []);

        // Assert
        Assert.True(outcome.IsSkip);
        Assert.Contains("touches no synced column", outcome.SkipReason);
    }

    [Fact]
    public void PlanUpdate_MappedColumnInSettings_IsQueued()
    {
        // Act
        var outcome = MemberChangePlanner.PlanUpdate(MemberProfile.Contact, Contact(("telephone1", "1")), null, Contact((MemberFields.EmailAddress1, "a@b.org")), ["telephone1"]);

        // Assert
        Assert.Equal(["telephone1"], Assert.Single(outcome.Items).ChangedColumns);
    }

    [Fact]
    public void PlanUpdate_AccountName_IsASyncedColumnButFirstNameIsNot()
    {
        // Arrange
        var account = new Entity(TableNames.Account, Id) { [AccountFields.Name] = "Contoso", [PersonFields.FirstName] = "x" };

        // Act
        var outcome = MemberChangePlanner.PlanUpdate(MemberProfile.Account, account, null, new Entity(TableNames.Account, Id) { [MemberFields.EmailAddress1] = "info@contoso.com" }, []);

        // Assert
        Assert.Equal([AccountFields.Name], Assert.Single(outcome.Items).ChangedColumns);
    }

    [Fact]
    public void PlanCreate_WhitespaceEmail_IsSkipped()
    {
        // Act
        var outcome = MemberChangePlanner.PlanCreate(MemberProfile.Lead, new Entity(TableNames.Lead, Id) { [MemberFields.EmailAddress1] = "  " }, []);

        // Assert
        Assert.True(outcome.IsSkip);
    }

    [Fact]
    public void PlanDelete_NoEmailButMailchimpMember_IsQueued()
    {
        // Act
        var outcome = MemberChangePlanner.PlanDelete(MemberProfile.Contact, new EntityReference(TableNames.Contact, Id), Contact((MemberFields.MailchimpMemberId, "0123456789abcdef0123456789abcdef")));

        // Assert
        var item = Assert.Single(outcome.Items);
        Assert.Equal(QueueItemKinds.MemberDeleted, item.Kind);
        Assert.Null(item.Email);
    }
}
