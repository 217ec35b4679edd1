namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A join from one table to another.</summary>
    public sealed class LinkEntity
    {
        /// <summary>An empty link.</summary>
        public LinkEntity()
        {
            Columns = new ColumnSet();
            LinkCriteria = new FilterExpression();
            LinkEntities = new DataCollection<LinkEntity>();
            Orders = new DataCollection<OrderExpression>();
        }

        /// <summary>A link from <paramref name="linkFromEntityName"/> to <paramref name="linkToEntityName"/>.</summary>
        public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
            : this()
        {
            LinkFromEntityName = linkFromEntityName;
            LinkToEntityName = linkToEntityName;
            LinkFromAttributeName = linkFromAttributeName;
            LinkToAttributeName = linkToAttributeName;
            JoinOperator = joinOperator;
        }

        /// <summary>Columns to return from the linked table (as aliased values).</summary>
        public ColumnSet Columns { get; set; }

        /// <summary>The alias of the linked table.</summary>
        public string EntityAlias { get; set; }

        /// <summary>The join type.</summary>
        public JoinOperator JoinOperator { get; set; }

        /// <summary>Conditions on the linked table.</summary>
        public FilterExpression LinkCriteria { get; set; }

        /// <summary>Further joins from the linked table.</summary>
        public DataCollection<LinkEntity> LinkEntities { get; }

        /// <summary>The column on the "from" table.</summary>
        public string LinkFromAttributeName { get; set; }

        /// <summary>The "from" table.</summary>
        public string LinkFromEntityName { get; set; }

        /// <summary>The column on the linked table.</summary>
        public string LinkToAttributeName { get; set; }

        /// <summary>The linked table.</summary>
        public string LinkToEntityName { get; set; }

        /// <summary>Sort order on the linked table.</summary>
        public DataCollection<OrderExpression> Orders { get; }
    }
}
