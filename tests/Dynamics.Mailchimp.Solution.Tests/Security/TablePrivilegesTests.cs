using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Solution.Tests.Security;

public sealed class TablePrivilegesTests
{
    [Theory]
    [InlineData(TableAccess.Read, "contact", false, "prvReadContact")]
    [InlineData(TableAccess.AppendTo, "list", false, "prvAppendToList")]
    [InlineData(TableAccess.Read, "listmember", false, "prvReadList")]
    [InlineData(TableAccess.Create, "dmc_syncstate", false, "prvCreatedmc_syncstate")]
    [InlineData(TableAccess.Write, "dmc_emailactivity", true, "prvWriteActivity")]
    public void Name_Table_IsPrvAccessSchemaName(TableAccess access, string table, bool isActivity, string expected)
    {
        // Act
        var name = TablePrivileges.Name(access, table, isActivity);

        // Assert
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("dmc_syncqueueitem", true)]
    [InlineData("dmc_syncstate", true)]
    [InlineData("dmc_emailactivity", false)]
    [InlineData("contact", false)]
    public void IsOrganizationOwned_SolutionTables_FollowsOwnershipTypeMask(string table, bool expected)
    {
        // Act
        var owned = TablePrivileges.FromSolution().IsOrganizationOwned(table);

        // Assert
        Assert.Equal(expected, owned);
    }
}
