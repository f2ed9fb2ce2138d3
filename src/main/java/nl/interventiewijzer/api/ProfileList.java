package nl.interventiewijzer.api;

import java.util.List;

public record ProfileList(List<ProfileView> items) {
}
