using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProgramTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "StoreRefundCap",
                table: "ProgramPolicies",
                newName: "UsedPercentBase");

            migrationBuilder.RenameColumn(
                name: "RefundPayoutBusinessDays",
                table: "ProgramPolicies",
                newName: "ReissueValidity");

            migrationBuilder.RenameColumn(
                name: "RefundFeeUnit",
                table: "ProgramPolicies",
                newName: "RecoveredLostCardRefundable");

            migrationBuilder.RenameColumn(
                name: "RefundFeePercent",
                table: "ProgramPolicies",
                newName: "PrescriptionYears");

            migrationBuilder.RenameColumn(
                name: "RefundFeeKind",
                table: "ProgramPolicies",
                newName: "ExpiredCardReissueCarriesBalance");

            migrationBuilder.RenameColumn(
                name: "RefundFeeFlat",
                table: "ProgramPolicies",
                newName: "DisasterRefundWithoutFee");

            migrationBuilder.AddColumn<int>(
                name: "CardValidityYears",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ChargeCancelPayoutCounting",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ChargeCancelPayoutDays",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CitationsJson",
                table: "ProgramPolicies",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "DamagedReissueNeedsCollection",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RefundChannelsJson",
                table: "ProgramPolicies",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymizeAfter",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AnonymizedAt",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAt",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FaceValue",
                table: "Cards",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CardValidityYears",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "ChargeCancelPayoutCounting",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "ChargeCancelPayoutDays",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "CitationsJson",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "DamagedReissueNeedsCollection",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "RefundChannelsJson",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "AnonymizeAfter",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "AnonymizedAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "FaceValue",
                table: "Cards");

            migrationBuilder.RenameColumn(
                name: "UsedPercentBase",
                table: "ProgramPolicies",
                newName: "StoreRefundCap");

            migrationBuilder.RenameColumn(
                name: "ReissueValidity",
                table: "ProgramPolicies",
                newName: "RefundPayoutBusinessDays");

            migrationBuilder.RenameColumn(
                name: "RecoveredLostCardRefundable",
                table: "ProgramPolicies",
                newName: "RefundFeeUnit");

            migrationBuilder.RenameColumn(
                name: "PrescriptionYears",
                table: "ProgramPolicies",
                newName: "RefundFeePercent");

            migrationBuilder.RenameColumn(
                name: "ExpiredCardReissueCarriesBalance",
                table: "ProgramPolicies",
                newName: "RefundFeeKind");

            migrationBuilder.RenameColumn(
                name: "DisasterRefundWithoutFee",
                table: "ProgramPolicies",
                newName: "RefundFeeFlat");
        }
    }
}
