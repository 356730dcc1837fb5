package dev.iaclint.core.terraform.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;

/**
 * Recognises the binary plan file {@code terraform plan -out FILE} writes: a zip archive holding a
 * {@code tfplan} entry (the plan in Terraform's internal protobuf format) beside the state and the
 * configuration. iaclint cannot read it; its JSON form ({@code terraform show -json FILE}) it can.
 */
public final class BinaryPlanFiles {
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private BinaryPlanFiles() {}

  /** Whether {@code file} is a binary Terraform plan; {@code false} when it cannot be read. */
  public static boolean isBinaryPlan(Path file) {
    try {
      byte[] head = new byte[ZIP_MAGIC.length];
      try (InputStream in = Files.newInputStream(file)) {
        if (in.readNBytes(head, 0, head.length) != head.length || !Arrays.equals(head, ZIP_MAGIC)) {
          return false;
        }
      }
      try (ZipFile zip = new ZipFile(file.toFile())) {
        return zip.getEntry("tfplan") != null;
      }
    } catch (IOException | RuntimeException e) {
      return false; // not a zip after all, or unreadable: the caller reports it as it would any file
    }
  }

  /** The notice for a binary plan named {@code name}: what it is and how to get the JSON. */
  public static String notice(String name) {
    return "skipped: binary Terraform plan (written by 'terraform plan -out'); run 'terraform show -json "
        + name + " > plan.json' and scan plan.json";
  }
}
